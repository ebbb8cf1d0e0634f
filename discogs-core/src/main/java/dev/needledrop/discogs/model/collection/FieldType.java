package dev.needledrop.discogs.model.collection;

import dev.needledrop.discogs.internal.Values;

/**
 * The kind of a custom collection field: a {@code dropdown} with fixed options or a free-text
 * {@code textarea}. Other kinds Discogs may add are kept as given.
 */
public record FieldType(String value) {

  public static final FieldType DROPDOWN = new FieldType("dropdown");
  public static final FieldType TEXTAREA = new FieldType("textarea");

  /** Creates a type from its wire value; absent reads as empty. */
  public FieldType {
    value = Values.text(value);
  }

  /** Returns the type of the given wire value. */
  public static FieldType of(String value) {
    return new FieldType(value);
  }

  /** Tells whether this is a kind this SDK knows: dropdown or textarea. */
  public boolean isKnown() {
    return equals(DROPDOWN) || equals(TEXTAREA);
  }

  @Override
  public String toString() {
    return value;
  }
}
