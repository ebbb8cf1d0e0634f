package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.ImagesApi} needs: nothing, since Discogs
 * signs the image URLs it hands out.
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum ImagesAccess implements AccessRule {
  /** Fetching an image URL from a response. */
  OPEN_IMAGE("openImage", "fetching an image", Requirement.NONE);

  private final String method;
  private final String operation;
  private final Requirement requirement;

  ImagesAccess(String method, String operation, Requirement requirement) {
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
