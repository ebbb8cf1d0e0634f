package dev.needledrop.discogs.model.wantlist;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.database.BasicInformation;
import java.util.Objects;
import java.util.Optional;

/**
 * A release on a user's wantlist.
 *
 * @param releaseId the release wanted
 * @param rating from 1 to 5 stars, or 0 when not rated
 * @param notes the user's note as plain text (unlike a collection's field values); empty when none
 *     or when Discogs withheld it from another user
 * @param notesPublic whether other users see the note, when Discogs said
 * @param dateAdded when the release was added, when Discogs said
 * @param release the short description of the release
 */
public record Want(
    ReleaseId releaseId,
    int rating,
    String notes,
    Optional<Boolean> notesPublic,
    Optional<Timestamp> dateAdded,
    BasicInformation release) {

  /** Creates an entry, refusing ratings outside 0–5 and reading absent parts as empty. */
  public Want {
    Objects.requireNonNull(releaseId, "releaseId");
    if (rating < 0 || rating > 5) {
      throw new IllegalArgumentException("rating must be from 0 to 5, but was " + rating);
    }
    notes = Values.text(notes);
    notesPublic = Values.optional(notesPublic);
    dateAdded = Values.optional(dateAdded);
    Objects.requireNonNull(release, "release");
  }
}
