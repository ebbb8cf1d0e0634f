package dev.needledrop.discogs.testkit.internal.userdata;

import java.util.Objects;
import java.util.Optional;

/**
 * A release on a wantlist, as the test doubles hold it.
 *
 * @param <R> how the double describes the release: JSON for the stub, a record for the fakes
 * @param notesPublic whether other users see the note, when known
 * @param dateAdded the timestamp text, as Discogs writes it
 */
public record WantEntry<R>(
    long releaseId,
    int rating,
    String notes,
    Optional<Boolean> notesPublic,
    String dateAdded,
    R release) {

  /** Creates an entry. */
  public WantEntry {
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(notesPublic, "notesPublic");
    Objects.requireNonNull(dateAdded, "dateAdded");
    Objects.requireNonNull(release, "release");
  }

  /** Returns the entry as another user sees it: without a note the owner keeps private. */
  public WantEntry<R> seenByOthers() {
    return notesPublic.orElse(false)
        ? this
        : new WantEntry<>(releaseId, rating, "", notesPublic, dateAdded, release);
  }
}
