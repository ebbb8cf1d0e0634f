package dev.needledrop.discogs.auth;

/**
 * One row of a section's table of access rules: a method of the section's port and the credentials
 * it needs. Adapters and fakes check the row before doing anything, so that a call the credentials
 * cannot make fails the same way everywhere, without a request.
 */
public interface AccessRule {

  /** Returns the name of the port method the rule is for, such as {@code search}. */
  String method();

  /** Returns what the call does, as messages name it, such as {@code searching the database}. */
  String operation();

  /** Returns what the call needs. */
  Requirement requirement();

  /**
   * Refuses the call when credentials of the given level do not meet the requirement.
   *
   * @throws dev.needledrop.discogs.error.CredentialsRequiredException when they do not
   */
  default void check(AccessLevel level) {
    requirement().check(operation(), level);
  }
}
