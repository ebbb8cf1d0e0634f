package dev.needledrop.discogs.auth;

import dev.needledrop.discogs.error.AuthorizationDeniedException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What Discogs sent to the application's callback URL once the user approved a request token: the
 * token and the verifier that exchanges it for an access token.
 *
 * <p>Read it with {@link #fromRedirect(URI)}, which also recognizes a refusal.
 *
 * @param token the request token the user approved
 * @param verifier the verifier proving the approval
 */
public record AuthorizationCallback(String token, OAuthVerifier verifier) {

  /** Creates the callback, refusing blank values. */
  public AuthorizationCallback {
    Secrets.require(token, "oauth_token", "pass the oauth_token Discogs sent to your callback");
    Objects.requireNonNull(verifier, "verifier");
  }

  /**
   * Reads the query of the URL Discogs redirected the user's browser to: {@code oauth_token} and
   * {@code oauth_verifier} after an approval, {@code denied} after a refusal.
   *
   * @throws AuthorizationDeniedException when the user declined to authorize the application
   * @throws IllegalArgumentException when the query holds neither an approval nor a refusal, or is
   *     not properly encoded; the message never quotes the URL
   */
  public static AuthorizationCallback fromRedirect(URI redirect) {
    Map<String, String> query = queryOf(Objects.requireNonNull(redirect, "redirect"));
    if (query.containsKey("denied")) {
      throw new AuthorizationDeniedException();
    }
    String token = query.getOrDefault("oauth_token", "");
    String verifier = query.getOrDefault("oauth_verifier", "");
    if (token.isBlank() || verifier.isBlank()) {
      throw new IllegalArgumentException(
          "the callback URL holds neither oauth_token with oauth_verifier nor denied");
    }
    return new AuthorizationCallback(token, new OAuthVerifier(verifier));
  }

  /**
   * Returns the verifier after checking that this callback answers the given request token, which
   * guards against a callback meant for another login.
   *
   * @throws IllegalArgumentException when the callback names another request token
   */
  public OAuthVerifier verifierFor(RequestToken requestToken) {
    if (!token.equals(requestToken.token())) {
      throw new IllegalArgumentException("the callback answers another request token");
    }
    return verifier;
  }

  // The first value of each parameter wins; form decoding reads '+' as a space, as browsers send
  // it.
  private static Map<String, String> queryOf(URI redirect) {
    Map<String, String> parameters = new HashMap<>();
    String query = redirect.getRawQuery();
    if (query == null) {
      return parameters;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.putIfAbsent(decode(name), decode(value));
    }
    return parameters;
  }

  // A URI holds only well-formed % escapes, so decoding cannot fail on a broken one.
  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "AuthorizationCallback[token=" + Secrets.HIDDEN + ", verifier=" + Secrets.HIDDEN + "]";
  }
}
