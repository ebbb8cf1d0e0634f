package dev.needledrop.discogs.model;

import java.util.Optional;

/** The id of a Discogs artist; always positive. */
public record ArtistId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public ArtistId {
    Ids.requirePositive(value, "artistId");
  }

  /** Returns the id of the given value. */
  public static ArtistId of(long value) {
    return new ArtistId(value);
  }

  /**
   * Returns the id of a value read from a response, or empty when the value is absent or not
   * positive: Discogs writes {@code 0} or {@code null} where there is nothing to point to.
   */
  public static Optional<ArtistId> optionalOf(Long value) {
    return value == null || value <= 0 ? Optional.empty() : Optional.of(new ArtistId(value));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
