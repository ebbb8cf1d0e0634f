package dev.needledrop.discogs.model.lists;

import dev.needledrop.discogs.internal.Values;

/**
 * What a list entry points to: a {@code release}, {@code master}, {@code artist} or {@code label}.
 * Other kinds Discogs may add are kept as given.
 */
public record ListItemType(String value) {

  public static final ListItemType RELEASE = new ListItemType("release");
  public static final ListItemType MASTER = new ListItemType("master");
  public static final ListItemType ARTIST = new ListItemType("artist");
  public static final ListItemType LABEL = new ListItemType("label");

  /** Creates a type from its wire value; absent reads as empty. */
  public ListItemType {
    value = Values.text(value);
  }

  /** Returns the type of the given wire value. */
  public static ListItemType of(String value) {
    return new ListItemType(value);
  }

  /** Tells whether this is a kind this SDK knows. */
  public boolean isKnown() {
    return equals(RELEASE) || equals(MASTER) || equals(ARTIST) || equals(LABEL);
  }

  @Override
  public String toString() {
    return value;
  }
}
