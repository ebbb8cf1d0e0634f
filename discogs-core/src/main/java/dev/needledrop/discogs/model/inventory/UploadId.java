package dev.needledrop.discogs.model.inventory;

/** The id of an inventory upload; always positive. */
public record UploadId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public UploadId {
    if (value <= 0) {
      throw new IllegalArgumentException("uploadId must be positive, but was " + value);
    }
  }

  /** Returns the id of the given value. */
  public static UploadId of(long value) {
    return new UploadId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
