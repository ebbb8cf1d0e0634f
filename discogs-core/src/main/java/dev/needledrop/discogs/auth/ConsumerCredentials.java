package dev.needledrop.discogs.auth;

/**
 * An application's consumer key and secret. They raise the rate limit and unlock images and search,
 * but act for no user: calls on a user's data need a token or OAuth.
 */
public record ConsumerCredentials(String key, String secret) implements Credentials {

  /** Creates the credentials, refusing blank or malformed values. */
  public ConsumerCredentials {
    Secrets.require(key, "consumer key");
    Secrets.require(secret, "consumer secret");
  }

  @Override
  public AccessLevel accessLevel() {
    return AccessLevel.APPLICATION;
  }

  @Override
  public String toString() {
    return "ConsumerCredentials[key=" + Secrets.HIDDEN + ", secret=" + Secrets.HIDDEN + "]";
  }
}
