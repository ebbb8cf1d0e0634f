package dev.needledrop.discogs.model;

import java.util.Optional;

/** The id of a Discogs label; always positive. */
public record LabelId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public LabelId {
    Ids.requirePositive(value, "labelId");
  }

  /** Returns the id of the given value. */
  public static LabelId of(long value) {
    return new LabelId(value);
  }

  /**
   * Returns the id of a value read from a response, or empty when the value is absent or not
   * positive: Discogs writes {@code 0} or {@code null} where there is nothing to point to.
   */
  public static Optional<LabelId> optionalOf(Long value) {
    return value == null || value <= 0 ? Optional.empty() : Optional.of(new LabelId(value));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
