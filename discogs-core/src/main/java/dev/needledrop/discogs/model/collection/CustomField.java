package dev.needledrop.discogs.model.collection;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.FieldId;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A custom note field of a collection, such as "Media Condition". Fields are defined on the Discogs
 * website; the API lists them and sets their values per copy.
 *
 * @param position where the field is shown among the others, from 1
 * @param isPublic whether other users see the field's values
 * @param options the values a dropdown field accepts, in order; empty for other kinds
 * @param lines the height of a textarea field, when Discogs says
 */
public record CustomField(
    FieldId id,
    String name,
    int position,
    boolean isPublic,
    FieldType type,
    List<String> options,
    OptionalInt lines) {

  /** Creates a field, reading absent parts as empty. */
  public CustomField {
    Objects.requireNonNull(id, "id");
    name = Values.text(name);
    type = type == null ? FieldType.of("") : type;
    options = Values.list(options);
    lines = Values.optional(lines);
  }

  /** Tells whether the field takes the given value: any text, or one of a dropdown's options. */
  public boolean accepts(String value) {
    return !type.equals(FieldType.DROPDOWN) || options.contains(value);
  }
}
