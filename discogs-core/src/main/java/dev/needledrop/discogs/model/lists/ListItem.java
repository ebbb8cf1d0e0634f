package dev.needledrop.discogs.model.lists;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.database.ItemStats;
import java.util.Objects;

/**
 * One entry of a list.
 *
 * @param id the id of the release, master, artist or label the entry points to
 * @param type what the entry points to
 * @param displayTitle the title Discogs shows, such as {@code "Artist - Title"}
 * @param comment the list owner's comment on the entry, empty when none
 * @param uri the entry's page on the Discogs website
 * @param imageUrl an image of the entry, empty when withheld or absent
 * @param stats collection and wantlist counts, {@link ItemStats#NONE} when Discogs sent none
 */
public record ListItem(
    long id,
    ListItemType type,
    String displayTitle,
    String comment,
    String uri,
    String imageUrl,
    ItemStats stats) {

  /** Creates an entry, refusing a non-positive id and reading absent parts as empty. */
  public ListItem {
    if (id <= 0) {
      throw new IllegalArgumentException("list item id must be positive, but was " + id);
    }
    Objects.requireNonNull(type, "type");
    displayTitle = Values.text(displayTitle);
    comment = Values.text(comment);
    uri = Values.text(uri);
    imageUrl = Values.text(imageUrl);
    stats = stats == null ? ItemStats.NONE : stats;
  }
}
