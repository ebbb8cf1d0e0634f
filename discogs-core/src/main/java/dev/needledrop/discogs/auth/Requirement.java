package dev.needledrop.discogs.auth;

import dev.needledrop.discogs.error.CredentialsRequiredException;
import java.util.Objects;

/**
 * What credentials a Discogs call needs: the Auth column of the reference's endpoint summary.
 *
 * <p>A client tells before sending whether its credentials reach far enough, and refuses the call
 * with a {@link CredentialsRequiredException} when they do not. Whether the user they act for owns
 * what the call touches is for Discogs to judge (403): before sending, {@link #OWNER} asks for a
 * user's credentials, as {@link #USER} does.
 */
public enum Requirement {

  /** Anyone may call, with or without credentials. */
  NONE(AccessLevel.NONE, "nothing"),

  /** Any credentials: a consumer key and secret, a personal token or OAuth (the search). */
  CREDENTIALS(
      AccessLevel.APPLICATION,
      "credentials: a consumer key and secret, a personal access token or OAuth"),

  /** A user's credentials, whoever the user: a personal token or OAuth. */
  USER(AccessLevel.USER, "a user's credentials: a personal access token or OAuth"),

  /** The credentials of the user who owns what the call touches: a personal token or OAuth. */
  OWNER(AccessLevel.USER, "the owner's credentials: the owner's personal access token or OAuth");

  private final AccessLevel minimum;
  private final String needs;

  Requirement(AccessLevel minimum, String needs) {
    this.minimum = minimum;
    this.needs = needs;
  }

  /** Returns the least access that can meet this requirement. */
  public AccessLevel minimum() {
    return minimum;
  }

  /** Tells whether credentials of the given level reach far enough to make the call. */
  public boolean isMetBy(AccessLevel level) {
    return Objects.requireNonNull(level, "level").covers(minimum);
  }

  /**
   * Refuses the call when credentials of the given level do not meet this requirement.
   *
   * @param operation what the call does, for the message, such as {@code search}
   * @throws CredentialsRequiredException naming the call, what it needs and what the client has
   */
  public void check(String operation, AccessLevel level) {
    if (!isMetBy(level)) {
      throw new CredentialsRequiredException(operation, needs, has(level));
    }
  }

  private static String has(AccessLevel level) {
    return switch (level) {
      case NONE -> "the client has none";
      case APPLICATION -> "the client has only a consumer key and secret, which act for no user";
      case USER -> "the client has a user's credentials";
    };
  }
}
