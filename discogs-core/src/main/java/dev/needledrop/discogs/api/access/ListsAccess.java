package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.ListsApi} needs: nothing (Discogs refuses
 * private lists itself).
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum ListsAccess implements AccessTable {
  /** E63. */
  LISTS("lists", "listing a user's lists", Requirement.NONE),
  /** E64. */
  LIST("list", "reading a list", Requirement.NONE);

  private final AccessRow row;

  ListsAccess(String method, String operation, Requirement requirement) {
    this.row = new AccessRow(method, operation, requirement);
  }

  @Override
  public AccessRow row() {
    return row;
  }
}
