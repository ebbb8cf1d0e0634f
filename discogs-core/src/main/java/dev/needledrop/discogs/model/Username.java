package dev.needledrop.discogs.model;

import java.util.Objects;

/**
 * A Discogs username, kept exactly as given.
 *
 * <p>Usernames may hold spaces, slashes or non-Latin letters; the HTTP adapter encodes them as one
 * path segment. Values that can never name a user (blank, {@code .}, {@code ..}, or holding control
 * characters) are refused here so that they never reach a URL.
 */
public record Username(String value) {

  /** Creates the username, refusing values that cannot name a Discogs user. */
  public Username {
    Objects.requireNonNull(value, "username");
    if (value.isBlank()) {
      throw new IllegalArgumentException("username must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException("username must not be '.' or '..'");
    }
    if (hasControlCharacter(value)) {
      throw new IllegalArgumentException("username must not contain control characters");
    }
  }

  // A loop rather than a stream: a release names dozens of users, each checked as it is read.
  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Returns the username of the given text. */
  public static Username of(String value) {
    return new Username(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
