package dev.needledrop.discogs.model.marketplace;

/** The id of a marketplace listing; always positive. */
public record ListingId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public ListingId {
    if (value <= 0) {
      throw new IllegalArgumentException("listingId must be positive, but was " + value);
    }
  }

  /** Returns the id of the given value. */
  public static ListingId of(long value) {
    return new ListingId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
