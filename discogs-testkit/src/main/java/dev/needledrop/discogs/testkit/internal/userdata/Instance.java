package dev.needledrop.discogs.testkit.internal.userdata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One copy of a release in a collection, as the test doubles hold it.
 *
 * @param <R> how the double describes the release: JSON for the stub, a record for the fakes
 * @param dateAdded the timestamp text, as Discogs writes it
 * @param notes custom field values by field id, in the order they were set
 */
public record Instance<R>(
    long instanceId,
    long releaseId,
    long folderId,
    int rating,
    String dateAdded,
    R release,
    Map<Long, String> notes) {

  /** Creates a copy, copying the notes in their order. */
  public Instance {
    Objects.requireNonNull(dateAdded, "dateAdded");
    Objects.requireNonNull(release, "release");
    notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
  }

  Instance<R> withFolder(long folder) {
    return new Instance<>(instanceId, releaseId, folder, rating, dateAdded, release, notes);
  }

  Instance<R> withRating(int stars) {
    return new Instance<>(instanceId, releaseId, folderId, stars, dateAdded, release, notes);
  }

  Instance<R> withNotes(Map<Long, String> values) {
    return new Instance<>(instanceId, releaseId, folderId, rating, dateAdded, release, values);
  }
}
