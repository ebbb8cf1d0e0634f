package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.WantlistApi} needs: reading nothing (Discogs
 * refuses private wantlists itself), writes the owner's credentials.
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum WantlistAccess implements AccessRule {
  /** E59. */
  WANTS("wants", "listing a wantlist", Requirement.NONE),
  /** E60. */
  ADD_WANT("addWant", "adding to a wantlist", Requirement.OWNER),
  /** E61. */
  EDIT_WANT("editWant", "editing a wantlist entry", Requirement.OWNER),
  /** E62. */
  REMOVE_WANT("removeWant", "removing from a wantlist", Requirement.OWNER);

  private final String method;
  private final String operation;
  private final Requirement requirement;

  WantlistAccess(String method, String operation, Requirement requirement) {
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
