package dev.needledrop.discogs.auth;

/** How far a set of credentials reaches. */
public enum AccessLevel {
  /** No credentials: the low rate limit, no image URLs, no search. */
  NONE,
  /** An application's consumer key and secret: the high rate limit, images and search, no user. */
  APPLICATION,
  /** A personal token or OAuth access token: everything the user may do. */
  USER;

  /** Tells whether this level includes everything the other level allows. */
  public boolean covers(AccessLevel other) {
    return compareTo(other) >= 0;
  }
}
