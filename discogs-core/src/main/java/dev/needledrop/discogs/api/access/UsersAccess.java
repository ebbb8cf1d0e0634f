package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.UsersApi} needs: the identity a user's
 * credentials, a profile edit the owner's, the rest nothing.
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum UsersAccess implements AccessRule {
  /** E5. */
  IDENTITY("identity", "identity", Requirement.USER),
  /** E42. */
  PROFILE("profile", "reading a profile", Requirement.NONE),
  /** E43. */
  EDIT_PROFILE("editProfile", "editing a profile", Requirement.OWNER),
  /** E44. */
  SUBMISSIONS("submissions", "listing submissions", Requirement.NONE),
  /** E45. */
  CONTRIBUTIONS("contributions", "listing contributions", Requirement.NONE);

  private final String method;
  private final String operation;
  private final Requirement requirement;

  UsersAccess(String method, String operation, Requirement requirement) {
    this.method = method;
    this.operation = operation;
    this.requirement = requirement;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String operation() {
    return operation;
  }

  @Override
  public Requirement requirement() {
    return requirement;
  }
}
