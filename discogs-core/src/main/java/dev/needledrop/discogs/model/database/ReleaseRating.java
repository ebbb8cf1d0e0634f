package dev.needledrop.discogs.model.database;

/**
 * A rating a user gives a release: 1 to 5 stars. To take a rating back, delete it instead.
 *
 * @param stars from 1 to 5
 */
public record ReleaseRating(int stars) {

  /** Creates a rating, refusing values outside 1–5 before anything is sent. */
  public ReleaseRating {
    if (stars < 1 || stars > 5) {
      throw new IllegalArgumentException(
          "release rating must be from 1 to 5 (delete the rating to clear it), but was " + stars);
    }
  }

  /** Returns the rating of the given number of stars. */
  public static ReleaseRating of(int stars) {
    return new ReleaseRating(stars);
  }
}
