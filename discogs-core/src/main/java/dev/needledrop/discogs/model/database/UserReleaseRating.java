package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import java.util.Objects;

/**
 * One user's rating of a release.
 *
 * @param rating from 1 to 5, or 0 when the user has not rated the release
 */
public record UserReleaseRating(ReleaseId releaseId, Username username, int rating) {

  /** Creates a user's rating, refusing values outside 0–5. */
  public UserReleaseRating {
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(username, "username");
    if (rating < 0 || rating > 5) {
      throw new IllegalArgumentException("rating must be from 0 to 5, but was " + rating);
    }
  }

  /** Tells whether the user has rated the release. */
  public boolean isRated() {
    return rating > 0;
  }
}
