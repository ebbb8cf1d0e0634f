package dev.needledrop.discogs.model.collection;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.database.BasicInformation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One copy of a release in a user's collection; Discogs calls it an instance. The same release may
 * be in a collection several times, each copy with its own instance id.
 *
 * @param releaseId the release this is a copy of
 * @param instanceId the copy's own id
 * @param folderId the folder holding the copy; folder 0 ("All") when Discogs did not say
 * @param rating from 1 to 5 stars, or 0 when not rated
 * @param dateAdded when the copy was added, when Discogs said
 * @param release the short description of the release
 * @param notes the custom field values of the copy, exactly as sent; only the public fields for
 *     callers other than the owner, and empty when there are none
 */
public record CollectionItem(
    ReleaseId releaseId,
    InstanceId instanceId,
    FolderId folderId,
    int rating,
    Optional<Timestamp> dateAdded,
    BasicInformation release,
    List<FieldValue> notes) {

  /** Creates an item, refusing ratings outside 0–5 and reading absent parts as empty. */
  public CollectionItem {
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(folderId, "folderId");
    if (rating < 0 || rating > 5) {
      throw new IllegalArgumentException("rating must be from 0 to 5, but was " + rating);
    }
    dateAdded = Values.optional(dateAdded);
    Objects.requireNonNull(release, "release");
    notes = Values.list(notes);
  }

  /** Returns the reference to this copy that the collection's writes take. */
  public InstanceRef ref() {
    return new InstanceRef(folderId, releaseId, instanceId);
  }

  /** Returns the value of a custom field for this copy, when it has one. */
  public Optional<String> note(FieldId field) {
    return notes.stream()
        .filter(note -> note.fieldId().equals(field))
        .map(FieldValue::value)
        .findFirst();
  }
}
