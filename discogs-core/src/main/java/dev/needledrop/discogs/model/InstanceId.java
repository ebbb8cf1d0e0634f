package dev.needledrop.discogs.model;

/**
 * The id of one copy of a release in a user's collection, which Discogs calls an instance; always
 * positive.
 */
public record InstanceId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public InstanceId {
    Ids.requirePositive(value, "instanceId");
  }

  /** Returns the id of the given value. */
  public static InstanceId of(long value) {
    return new InstanceId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
