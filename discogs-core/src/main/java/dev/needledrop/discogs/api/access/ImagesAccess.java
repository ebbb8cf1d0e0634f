package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.ImagesApi} needs: nothing, since Discogs
 * signs the image URLs it hands out.
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum ImagesAccess implements AccessTable {
  /** Fetching an image URL from a response. */
  OPEN_IMAGE("openImage", "fetching an image", Requirement.NONE);

  private final AccessRow row;

  ImagesAccess(String method, String operation, Requirement requirement) {
    this.row = new AccessRow(method, operation, requirement);
  }

  @Override
  public AccessRow row() {
    return row;
  }
}
