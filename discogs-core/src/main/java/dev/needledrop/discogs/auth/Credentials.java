package dev.needledrop.discogs.auth;

/**
 * What the client sends to prove who calls: nothing, an application's consumer key and secret, a
 * user's personal access token, or an OAuth 1.0a access token.
 *
 * <p>Every implementation hides its secrets in {@code toString}.
 */
public sealed interface Credentials
    permits Anonymous, ConsumerCredentials, PersonalAccessToken, OAuthCredentials {

  /** Returns what these credentials allow. */
  AccessLevel accessLevel();

  /** Returns the absence of credentials. */
  static Credentials none() {
    return Anonymous.INSTANCE;
  }
}
