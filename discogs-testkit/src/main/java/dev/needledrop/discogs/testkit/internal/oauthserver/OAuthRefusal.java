package dev.needledrop.discogs.testkit.internal.oauthserver;

import dev.needledrop.discogs.testkit.internal.http.ApiError;
import java.util.Map;

/**
 * Why the stub refused an OAuth request, and how: a signature or credential Discogs does not accept
 * is a 401, as on every Discogs call; any other fault of a token step (a missing or malformed
 * parameter, a stale timestamp, a used nonce, an unknown, expired or unapproved request token, a
 * wrong verifier) is a 400, as Discogs documents for its token endpoints. Messages never quote a
 * token, secret, verifier or signature.
 */
final class OAuthRefusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final boolean signature;

  private OAuthRefusal(boolean signature, String message) {
    super(message, null, false, false);
    this.signature = signature;
  }

  /** A request the stub cannot read or accept, signature aside. */
  static OAuthRefusal malformed(String reason) {
    return new OAuthRefusal(false, "Invalid OAuth request: " + reason + ".");
  }

  /** A signature, consumer key or token the stub does not accept. */
  static OAuthRefusal signature(String reason) {
    return new OAuthRefusal(true, "Invalid OAuth signature or credentials: " + reason + ".");
  }

  /** Tells whether the signature or the credentials behind it were refused. */
  boolean isSignature() {
    return signature;
  }

  /**
   * Returns the answer of a token step: 401 for a signature, 400 otherwise, with the reason; both
   * name the realm in {@code WWW-Authenticate} as Discogs does.
   */
  ApiError atTokenStep(String realm) {
    return ApiError.withHeaders(signature ? 401 : 400, getMessage(), challenge(realm));
  }

  /** Returns the {@code WWW-Authenticate} header naming the realm. */
  static Map<String, String> challenge(String realm) {
    return Map.of("WWW-Authenticate", "OAuth realm=\"" + realm + "\"");
  }
}
