package dev.needledrop.discogs.auth;

/** A user's personal access token, from the Discogs developer settings; acts as that user. */
public record PersonalAccessToken(String token) implements Credentials {

  /** Creates the credentials, refusing blank or malformed values. */
  public PersonalAccessToken {
    Secrets.require(token, "personal access token");
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
