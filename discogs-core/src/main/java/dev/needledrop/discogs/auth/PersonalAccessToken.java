package dev.needledrop.discogs.auth;

/** A user's personal access token, from the Discogs developer settings; acts as that user. */
public record PersonalAccessToken(String token) implements Credentials {

  /**
   * Creates the credentials.
   *
   * @throws IllegalArgumentException when a value is null, blank or holds control characters; the
   *     message names the value and how to get a proper one, and never quotes it
   */
  public PersonalAccessToken {
    Secrets.require(token, "personal access token", "set it from your Discogs developer settings");
  }

  /** Returns the credentials of the given token. */
  public static PersonalAccessToken of(String token) {
    return new PersonalAccessToken(token);
  }

  @Override
  public AccessLevel accessLevel() {
    return AccessLevel.USER;
  }

  @Override
  public String toString() {
    return "PersonalAccessToken[token=" + Secrets.HIDDEN + "]";
  }
}
