package dev.needledrop.discogs.model;

import java.util.Optional;

/** The id of a Discogs release; always positive. */
public record ReleaseId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public ReleaseId {
    Ids.requirePositive(value, "releaseId");
  }

  /** Returns the id of the given value. */
  public static ReleaseId of(long value) {
    return new ReleaseId(value);
  }

  /**
   * Returns the id of a value read from a response, or empty when the value is absent or not
   * positive: Discogs writes {@code 0} or {@code null} where there is nothing to point to.
   */
  public static Optional<ReleaseId> optionalOf(Long value) {
    return value == null || value <= 0 ? Optional.empty() : Optional.of(new ReleaseId(value));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
