package dev.needledrop.discogs.testkit.internal.oauthserver;

import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A stand-in for Discogs' authorize page (E3), on the stub's own origin, where no user has to
 * click: {@code GET /oauth/authorize?oauth_token=...} approves the request token at once for the
 * stub's default user (or the user named by {@code user}) and redirects to the callback with {@code
 * oauth_token} and {@code oauth_verifier}; with {@code deny} it declines and redirects with {@code
 * denied}. For an out-of-band token it answers 200 with the form-encoded {@code oauth_token} and
 * {@code oauth_verifier}, the verifier a user would copy. An unknown or expired token gets 400.
 */
final class AuthorizePage {

  private final OAuthStore store;
  private final String defaultUser;
  private final Predicate<String> knownUser;

  AuthorizePage(OAuthStore store, String defaultUser, Predicate<String> knownUser) {
    this.store = store;
    this.defaultUser = defaultUser;
    this.knownUser = knownUser;
  }

  StubReply show(StubRequest request) {
    String token =
        request
            .query()
            .first("oauth_token")
            .filter(store.pendingRequestTokens()::contains)
            .orElseThrow(
                () -> ApiError.of(400, "This authorization request is unknown or expired."));
    OAuthStore.RequestToken pending = store.requestToken(token).orElseThrow();
    if (request.query().first("deny").isPresent()) {
      store.forget(token);
      return pending.isOutOfBand()
          ? text("denied=" + Rfc3986.encode(token))
          : redirect(pending.callback(), "denied=" + Rfc3986.encode(token));
    }
    String user = request.query().first("user").orElse(defaultUser);
    if (!knownUser.test(user)) {
      throw ApiError.of(400, "No user of that name can approve the request.");
    }
    String answer =
        "oauth_token="
            + Rfc3986.encode(token)
            + "&oauth_verifier="
            + Rfc3986.encode(store.approve(token, user));
    return pending.isOutOfBand() ? text(answer) : redirect(pending.callback(), answer);
  }

  private static StubReply redirect(String callback, String query) {
    String separator = callback.contains("?") ? "&" : "?";
    return StubReply.empty(302, Map.of("Location", callback + separator + query));
  }

  private static StubReply text(String body) {
    return StubReply.bytes(
        "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), Map.of());
  }
}
