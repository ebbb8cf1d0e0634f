package dev.needledrop.discogs.model;

/** The id of a custom note field of a collection; always positive. */
public record FieldId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public FieldId {
    Ids.requirePositive(value, "fieldId");
  }

  /** Returns the id of the given value. */
  public static FieldId of(long value) {
    return new FieldId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
