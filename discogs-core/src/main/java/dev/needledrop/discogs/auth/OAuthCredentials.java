package dev.needledrop.discogs.auth;

import java.util.Objects;

/**
 * An application's consumer key and secret together with the OAuth 1.0a access token a user granted
 * it; acts as that user. Requests are signed by the {@code discogs-oauth} module.
 */
public record OAuthCredentials(
    String consumerKey,
    String consumerSecret,
    String token,
    String tokenSecret,
    SignatureMethod signatureMethod)
    implements Credentials {

  private static final String ACCESS_TOKEN_REMEDY =
      "use the access token and secret the OAuth flow's last step returned";

  /** How requests are signed. */
  public enum SignatureMethod {
    /** The secrets themselves, over TLS; what Discogs recommends. */
    PLAINTEXT,
    /** An HMAC-SHA1 signature of the request. */
    HMAC_SHA1
  }

  /**
   * Creates the credentials.
   *
   * @throws IllegalArgumentException when a value is null, blank or holds control characters; the
   *     message names the value and how to get a proper one, and never quotes it
   */
  public OAuthCredentials {
    Secrets.require(consumerKey, "consumer key", Secrets.FROM_APPLICATION);
    Secrets.require(consumerSecret, "consumer secret", Secrets.FROM_APPLICATION);
    Secrets.require(token, "OAuth token", ACCESS_TOKEN_REMEDY);
    Secrets.require(tokenSecret, "OAuth token secret", ACCESS_TOKEN_REMEDY);
    Objects.requireNonNull(signatureMethod, "signatureMethod");
  }

  /** Returns credentials signed with PLAINTEXT, the Discogs default. */
  public static OAuthCredentials of(
      String consumerKey, String consumerSecret, String token, String tokenSecret) {
    return new OAuthCredentials(
        consumerKey, consumerSecret, token, tokenSecret, SignatureMethod.PLAINTEXT);
  }

  @Override
  public AccessLevel accessLevel() {
    return AccessLevel.USER;
  }

  @Override
  public String toString() {
    return "OAuthCredentials[consumerKey="
        + Secrets.HIDDEN
        + ", consumerSecret="
        + Secrets.HIDDEN
        + ", token="
        + Secrets.HIDDEN
        + ", tokenSecret="
        + Secrets.HIDDEN
        + ", signatureMethod="
        + signatureMethod
        + "]";
  }
}
