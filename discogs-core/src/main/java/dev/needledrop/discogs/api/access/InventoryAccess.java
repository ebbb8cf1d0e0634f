package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.InventoryApi} needs: a user's credentials,
 * since every call works on the caller's own inventory.
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum InventoryAccess implements AccessRule {
  /** E33. */
  REQUEST_EXPORT("requestExport", "requesting an inventory export", Requirement.USER),
  /** E34. */
  EXPORTS("exports", "listing inventory exports", Requirement.USER),
  /** E35. */
  EXPORT("export", "reading an inventory export", Requirement.USER),
  /** E35 with If-Modified-Since. */
  EXPORT_IF_MODIFIED_SINCE(
      "exportIfModifiedSince", "reading an inventory export", Requirement.USER),
  /** E36. */
  DOWNLOAD_EXPORT("downloadExport", "downloading an inventory export", Requirement.USER),
  /** E37 to E39. */
  SUBMIT_UPLOAD("submitUpload", "uploading inventory changes", Requirement.USER),
  /** E40. */
  UPLOADS("uploads", "listing inventory uploads", Requirement.USER),
  /** E41. */
  UPLOAD("upload", "reading an inventory upload", Requirement.USER),
  /** E41 with If-Modified-Since. */
  UPLOAD_IF_MODIFIED_SINCE(
      "uploadIfModifiedSince", "reading an inventory upload", Requirement.USER);

  private final String method;
  private final String operation;
  private final Requirement requirement;

  InventoryAccess(String method, String operation, Requirement requirement) {
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
