package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.UsersApi} needs: the identity a user's
 * credentials, a profile edit the owner's, the rest nothing.
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum UsersAccess implements AccessTable {
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

  private final AccessRow row;

  UsersAccess(String method, String operation, Requirement requirement) {
    this.row = new AccessRow(method, operation, requirement);
  }

  @Override
  public AccessRow row() {
    return row;
  }
}
