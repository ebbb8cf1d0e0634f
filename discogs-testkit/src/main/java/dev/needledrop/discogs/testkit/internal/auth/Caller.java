package dev.needledrop.discogs.testkit.internal.auth;

import dev.needledrop.discogs.auth.AccessLevel;
import java.util.Objects;
import java.util.Optional;

/**
 * Who sent a request, as far as the stub can tell from the credentials.
 *
 * @param level what the credentials allow
 * @param username the user acting, for a personal token
 * @param rateKey the identity the rate limit counts against
 */
public record Caller(Level level, Optional<String> username, String rateKey) {

  /** How far a caller's credentials reach. */
  public enum Level {
    /** No credentials. */
    ANONYMOUS,
    /** A consumer key and secret: images and search, but no user. */
    APPLICATION,
    /** A personal token: acts as its user. */
    USER
  }

  private static final Caller ANONYMOUS = new Caller(Level.ANONYMOUS, Optional.empty(), "anon");

  /** Creates a caller. */
  public Caller {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(rateKey, "rateKey");
  }

  /** Returns the caller without credentials. */
  public static Caller anonymous() {
    return ANONYMOUS;
  }

  /** Returns an application identified by its consumer key. */
  public static Caller application(String consumerKey) {
    return new Caller(Level.APPLICATION, Optional.empty(), "key:" + consumerKey);
  }

  /** Returns a user. */
  public static Caller user(String username) {
    return new Caller(Level.USER, Optional.of(username), "user:" + username);
  }

  /** Returns what the caller's credentials allow, in the core's terms. */
  public AccessLevel accessLevel() {
    return switch (level) {
      case ANONYMOUS -> AccessLevel.NONE;
      case APPLICATION -> AccessLevel.APPLICATION;
      case USER -> AccessLevel.USER;
    };
  }

  /** Tells whether the caller sent no credentials. */
  public boolean isAnonymous() {
    return level == Level.ANONYMOUS;
  }

  /** Tells whether the caller acts as a user. */
  public boolean isUser() {
    return level == Level.USER;
  }

  @Override
  public String toString() {
    return "Caller[" + level + username.map(name -> " " + name).orElse("") + "]";
  }
}
