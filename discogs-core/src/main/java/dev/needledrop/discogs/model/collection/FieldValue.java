package dev.needledrop.discogs.model.collection;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.FieldId;
import java.util.Objects;

/**
 * The value one custom field holds for one copy in a collection, kept exactly as Discogs sent it.
 *
 * @param value the text, or for a dropdown field one of its options
 */
public record FieldValue(FieldId fieldId, String value) {

  /** Creates a value, reading an absent text as empty. */
  public FieldValue {
    Objects.requireNonNull(fieldId, "fieldId");
    value = Values.text(value);
  }
}
