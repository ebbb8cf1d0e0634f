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

  /** How requests are signed. */
  public enum SignatureMethod {
    /** The secrets themselves, over TLS; what Discogs recommends. */
    PLAINTEXT,
    /** An HMAC-SHA1 signature of the request. */
    HMAC_SHA1
  }

  /** Creates the credentials, refusing blank or malformed values. */
  public OAuthCredentials {
    Secrets.require(consumerKey, "consumer key");
    Secrets.require(consumerSecret, "consumer secret");
    Secrets.require(token, "OAuth token");
    Secrets.require(tokenSecret, "OAuth token secret");
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
