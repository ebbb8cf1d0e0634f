package dev.needledrop.discogs.model;

/**
 * The rating of a copy in a collection or of a release on a wantlist: 0 to 5 stars, where 0 means
 * not rated.
 *
 * @param stars from 0 to 5
 */
public record ItemRating(int stars) {

  /** No rating: 0 stars. */
  public static final ItemRating NONE = new ItemRating(0);

  /** Creates a rating, refusing values outside 0–5 before anything is sent. */
  public ItemRating {
    if (stars < 0 || stars > 5) {
      throw new IllegalArgumentException(
          "rating must be from 0 (not rated) to 5 stars, but was " + stars);
    }
  }

  /** Returns the rating of the given number of stars. */
  public static ItemRating of(int stars) {
    return new ItemRating(stars);
  }

  /** Tells whether any stars were given. */
  public boolean isRated() {
    return stars > 0;
  }

  @Override
  public String toString() {
    return Integer.toString(stars);
  }
}
