package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.model.ReleaseId;
import java.util.Objects;

/** The community's rating of a release. */
public record CommunityRating(ReleaseId releaseId, RatingSummary rating) {

  /** Creates a rating, reading an absent summary as no votes. */
  public CommunityRating {
    Objects.requireNonNull(releaseId, "releaseId");
    rating = rating == null ? RatingSummary.NONE : rating;
  }
}
