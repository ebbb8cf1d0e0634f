package dev.needledrop.discogs.model.inventory;

/** The id of an inventory export; always positive. */
public record ExportId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public ExportId {
    if (value <= 0) {
      throw new IllegalArgumentException("exportId must be positive, but was " + value);
    }
  }

  /** Returns the id of the given value. */
  public static ExportId of(long value) {
    return new ExportId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
