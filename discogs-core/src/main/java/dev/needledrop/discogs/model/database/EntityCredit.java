package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.LabelId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A label, series or company credited on a release, with its catalogue number.
 *
 * @param catno the catalogue number exactly as given: {@code ""} (none given) and {@code "none"}
 *     (Discogs' way of saying the release has none) stay distinct
 * @param entityType the numeric entity type Discogs sends as text, such as {@code "1"} for a label
 *     or {@code "17"} for "Pressed By"
 * @param entityTypeName the readable entity type, such as {@code "Label"} or {@code "Pressed By"}
 */
public record EntityCredit(
    Optional<LabelId> id,
    String name,
    String catno,
    String entityType,
    String entityTypeName,
    String thumbnailUrl) {

  /** Creates a credit, reading absent parts as empty. */
  public EntityCredit {
    id = Values.optional(id);
    name = Values.text(name);
    catno = Values.text(catno);
    entityType = Values.text(entityType);
    entityTypeName = Values.text(entityTypeName);
    thumbnailUrl = Values.text(thumbnailUrl);
  }

  /** Returns the entity type as a number, when Discogs sent one. */
  public OptionalInt entityTypeNumber() {
    return Numbers.parseInt(entityType);
  }
}
