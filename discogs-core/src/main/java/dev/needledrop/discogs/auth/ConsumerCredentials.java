package dev.needledrop.discogs.auth;

/**
 * An application's consumer key and secret. They raise the rate limit and unlock images and search,
 * but act for no user: calls on a user's data need a token or OAuth.
 */
public record ConsumerCredentials(String key, String secret) implements Credentials {

  /**
   * Creates the credentials.
   *
   * @throws IllegalArgumentException when a value is null, blank or holds control characters; the
   *     message names the value and how to get a proper one, and never quotes it
   */
  public ConsumerCredentials {
    Secrets.require(key, "consumer key", Secrets.FROM_APPLICATION);
    Secrets.require(secret, "consumer secret", Secrets.FROM_APPLICATION);
  }

  /** Returns the credentials of the given consumer key and secret. */
  public static ConsumerCredentials of(String key, String secret) {
    return new ConsumerCredentials(key, secret);
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
