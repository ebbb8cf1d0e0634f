package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.CollectionApi} needs: reads nothing (Discogs
 * refuses private ones itself), writes and the value the owner's credentials.
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum CollectionAccess implements AccessRule {
  /** E46. */
  FOLDERS("folders", "listing collection folders", Requirement.NONE),
  /** E47. */
  CREATE_FOLDER("createFolder", "creating a collection folder", Requirement.OWNER),
  /** E48. */
  FOLDER("folder", "reading a collection folder", Requirement.NONE),
  /** E49. */
  RENAME_FOLDER("renameFolder", "renaming a collection folder", Requirement.OWNER),
  /** E50. */
  DELETE_FOLDER("deleteFolder", "deleting a collection folder", Requirement.OWNER),
  /** E52. */
  ITEMS("items", "listing a collection folder", Requirement.NONE),
  /** E51. */
  RELEASE_INSTANCES(
      "releaseInstances", "listing the copies of a release in a collection", Requirement.NONE),
  /** E53. */
  ADD_RELEASE("addRelease", "adding a release to a collection", Requirement.OWNER),
  /** E54. */
  RATE_INSTANCE("rateInstance", "rating a copy in a collection", Requirement.OWNER),
  /** E54. */
  MOVE_INSTANCE("moveInstance", "moving a copy to another folder", Requirement.OWNER),
  /** E55. */
  DELETE_INSTANCE("deleteInstance", "removing a copy from a collection", Requirement.OWNER),
  /** E56. */
  FIELDS("fields", "listing collection note fields", Requirement.NONE),
  /** E57. */
  EDIT_FIELD_VALUE("editFieldValue", "editing a collection note", Requirement.OWNER),
  /** E58. */
  VALUE("value", "reading a collection's value", Requirement.OWNER);

  private final String method;
  private final String operation;
  private final Requirement requirement;

  CollectionAccess(String method, String operation, Requirement requirement) {
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
