package dev.needledrop.discogs.testkit.internal.oauthserver;

import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The two token steps of the OAuth flow (E2, E4): a request token for a consumer, then an access
 * token for an approved request token and its verifier. Both answer with a form-encoded body, as
 * Discogs does (api-discrepancies A1), accept GET and POST (B8, B9: a GET exchange may carry the
 * verifier in the query) and refuse a wrong signature with 401, anything else with 400.
 */
final class TokenEndpoints {

  private static final String FORM = "application/x-www-form-urlencoded";

  private final OAuthStore store;
  private final ProtocolCheck check;

  TokenEndpoints(OAuthStore store, ProtocolCheck check) {
    this.store = store;
    this.check = check;
  }

  /** Issues a request token to a consumer signing with its secret alone. */
  StubReply requestToken(String method, StubRequest request) {
    try {
      SignedRequest signed = SignedRequest.of(method, request);
      ProtocolCheck.Consumer consumer = check.consumer(signed);
      if (signed.header().get("oauth_token").isPresent()) {
        throw OAuthRefusal.malformed("a request-token call carries no oauth_token");
      }
      check.verify(signed, consumer, "");
      String callback = callback(signed);
      OAuthStore.RequestToken issued = store.issueRequestToken(consumer.key(), callback);
      return form(
          "oauth_token="
              + Rfc3986.encode(issued.token())
              + "&oauth_token_secret="
              + Rfc3986.encode(issued.secret())
              + "&oauth_callback_confirmed=true");
    } catch (OAuthRefusal refused) {
      throw refused.atTokenStep(realm(request));
    }
  }

  /** Exchanges an approved request token and its verifier for an access token, once. */
  StubReply accessToken(String method, StubRequest request) {
    try {
      SignedRequest signed = SignedRequest.of(method, request);
      ProtocolCheck.Consumer consumer = check.consumer(signed);
      OAuthStore.RequestToken pending = pendingToken(signed);
      if (!pending.consumerKey().equals(consumer.key())) {
        throw OAuthRefusal.signature("the request token belongs to another consumer");
      }
      check.verify(signed, consumer, pending.secret());
      OAuthStore.AccessToken granted =
          store
              .exchange(pending.token(), verifier(signed, request))
              .orElseThrow(
                  () ->
                      OAuthRefusal.malformed(
                          "the verifier does not match an approval of the request token"));
      return form(
          "oauth_token="
              + Rfc3986.encode(granted.token())
              + "&oauth_token_secret="
              + Rfc3986.encode(granted.secret()));
    } catch (OAuthRefusal refused) {
      throw refused.atTokenStep(realm(request));
    }
  }

  // In the header, as Discogs documents; in the query of a GET, as some clients send it (B9).
  private static String verifier(SignedRequest signed, StubRequest request) {
    return signed
        .header()
        .get("oauth_verifier")
        .or(() -> request.query().first("oauth_verifier"))
        .filter(value -> !value.isEmpty())
        .orElseThrow(() -> OAuthRefusal.malformed("oauth_verifier is missing"));
  }

  private OAuthStore.RequestToken pendingToken(SignedRequest signed) {
    String token =
        signed
            .header()
            .get("oauth_token")
            .filter(value -> !value.isEmpty())
            .orElseThrow(() -> OAuthRefusal.malformed("oauth_token is missing"));
    if (store.hasExpired(token)) {
      store.forget(token);
      throw OAuthRefusal.malformed(
          "the request token expired: exchange it within 15 minutes of issuing it");
    }
    return store
        .requestToken(token)
        .orElseThrow(() -> OAuthRefusal.malformed("the request token is not known"));
  }

  private static String callback(SignedRequest signed) {
    String callback =
        signed
            .header()
            .get("oauth_callback")
            .filter(value -> !value.isEmpty())
            .orElseThrow(() -> OAuthRefusal.malformed("oauth_callback is missing"));
    if (!callback.equals("oob") && !isWebUrl(callback)) {
      throw OAuthRefusal.malformed("oauth_callback must be an absolute http(s) URL or oob");
    }
    return callback;
  }

  private static boolean isWebUrl(String text) {
    try {
      URI url = URI.create(text);
      return url.getHost() != null
          && url.getScheme() != null
          && url.getScheme().matches("(?i)https?");
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  private static StubReply form(String body) {
    return StubReply.bytes(
        FORM + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private static String realm(StubRequest request) {
    return request.origin().toString();
  }
}
