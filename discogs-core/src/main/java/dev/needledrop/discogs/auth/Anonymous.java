package dev.needledrop.discogs.auth;

/** No credentials: Discogs serves public data at its low rate limit. */
public final class Anonymous implements Credentials {

  static final Anonymous INSTANCE = new Anonymous();

  private Anonymous() {}

  @Override
  public AccessLevel accessLevel() {
    return AccessLevel.NONE;
  }

  @Override
  public String toString() {
    return "Anonymous";
  }
}
