package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.UserRef;
import java.util.List;
import java.util.Optional;

/**
 * What the Discogs community knows of a release: who has and wants it, its rating, and who
 * submitted and edited it.
 *
 * <p>The counts are plain numbers: Discogs sends {@code have}, {@code want} and the rating's vote
 * count in every release's community block. Only a release without the block reads as {@link
 * #EMPTY}, whose zeros then stand for nothing known.
 *
 * @param have how many members have the release in their collection
 * @param want how many members have it in their wantlist
 */
public record Community(
    int have,
    int want,
    RatingSummary rating,
    Optional<UserRef> submitter,
    List<UserRef> contributors,
    String dataQuality,
    String status) {

  /** The community block of a release for which Discogs sent none. */
  public static final Community EMPTY =
      new Community(0, 0, RatingSummary.NONE, Optional.empty(), List.of(), "", "");

  /** Creates a community block, reading absent parts as empty. */
  public Community {
    rating = rating == null ? RatingSummary.NONE : rating;
    submitter = Values.optional(submitter);
    contributors = Values.list(contributors);
    dataQuality = Values.text(dataQuality);
    status = Values.text(status);
  }
}
