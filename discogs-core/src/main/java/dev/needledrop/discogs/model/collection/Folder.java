package dev.needledrop.discogs.model.collection;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.FolderId;
import java.util.Objects;

/**
 * A folder of a user's collection.
 *
 * @param name the folder's name, such as {@code All} or {@code Uncategorized}
 * @param count the copies in the folder; folder 0 counts the whole collection
 */
public record Folder(FolderId id, String name, int count) {

  /** Creates a folder, reading an absent name as empty and a negative count as zero. */
  public Folder {
    Objects.requireNonNull(id, "id");
    name = Values.text(name);
    count = Values.count(count);
  }
}
