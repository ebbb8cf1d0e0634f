package dev.needledrop.discogs.model.lists;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.Timestamp;
import java.util.Objects;
import java.util.Optional;

/**
 * A list as it appears among a user's lists, without its items.
 *
 * @param isPublic whether other users may see the list
 * @param uri the list's page on the Discogs website
 */
public record ListSummary(
    ListId id,
    String name,
    String description,
    boolean isPublic,
    Optional<Timestamp> dateAdded,
    Optional<Timestamp> dateChanged,
    String uri) {

  /** Creates a summary, reading absent parts as empty. */
  public ListSummary {
    Objects.requireNonNull(id, "id");
    name = Values.text(name);
    description = Values.text(description);
    dateAdded = Values.optional(dateAdded);
    dateChanged = Values.optional(dateChanged);
    uri = Values.text(uri);
  }
}
