package dev.needledrop.discogs.auth;

/**
 * The verifier Discogs hands out when a user approves a request token: sent to the callback URL as
 * {@code oauth_verifier}, or shown to the user to paste into an out-of-band application. It proves
 * the approval once, so it is treated as a secret.
 */
public record OAuthVerifier(String value) {

  /** Creates the verifier, refusing blank values and control characters. */
  public OAuthVerifier {
    Secrets.require(
        value,
        "OAuth verifier",
        "pass the oauth_verifier Discogs sent to your callback, or the code the user copied");
  }

  /** Returns the verifier of the given text, such as what a user pasted (trimmed first). */
  public static OAuthVerifier of(String value) {
    return new OAuthVerifier(value == null ? null : value.strip());
  }

  @Override
  public String toString() {
    return "OAuthVerifier[" + Secrets.HIDDEN + "]";
  }
}
