package dev.needledrop.discogs.model.lists;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.UserRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A list a user made, with its entries.
 *
 * <p>Discogs' documentation names some keys differently from what the service sends ({@code
 * list_id}, {@code created_ts}, {@code modified_ts}, {@code url}); either form reads into this one
 * record.
 *
 * @param isPublic whether other users may see the list
 * @param uri the list's page on the Discogs website
 * @param owner the user who made the list, when Discogs said
 * @param imageUrl the list's image, empty when none
 */
public record UserList(
    ListId id,
    String name,
    String description,
    boolean isPublic,
    Optional<Timestamp> dateAdded,
    Optional<Timestamp> dateChanged,
    String uri,
    Optional<UserRef> owner,
    String imageUrl,
    List<ListItem> items) {

  /** Creates a list, reading absent parts as empty. */
  public UserList {
    Objects.requireNonNull(id, "id");
    name = Values.text(name);
    description = Values.text(description);
    dateAdded = Values.optional(dateAdded);
    dateChanged = Values.optional(dateChanged);
    uri = Values.text(uri);
    owner = Values.optional(owner);
    imageUrl = Values.text(imageUrl);
    items = Values.list(items);
  }

  /** Returns the list as it appears among its owner's lists. */
  public ListSummary summary() {
    return new ListSummary(id, name, description, isPublic, dateAdded, dateChanged, uri);
  }
}
