package dev.needledrop.discogs.model;

import java.util.Optional;

/** The id of a Discogs master release; always positive. */
public record MasterId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public MasterId {
    Ids.requirePositive(value, "masterId");
  }

  /** Returns the id of the given value. */
  public static MasterId of(long value) {
    return new MasterId(value);
  }

  /**
   * Returns the id of a value read from a response, or empty when the value is absent or not
   * positive: Discogs writes {@code 0} or {@code null} where there is nothing to point to.
   */
  public static Optional<MasterId> optionalOf(Long value) {
    return value == null || value <= 0 ? Optional.empty() : Optional.of(new MasterId(value));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
