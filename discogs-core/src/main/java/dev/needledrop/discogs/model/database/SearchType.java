package dev.needledrop.discogs.model.database;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of object a database search finds. */
public enum SearchType {
  RELEASE,
  MASTER,
  ARTIST,
  LABEL;

  /** Returns the name Discogs uses on the wire, such as {@code release}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the kind of the given wire name, or empty for a name this SDK does not know. */
  public static Optional<SearchType> fromWire(String wireName) {
    return Arrays.stream(values()).filter(type -> type.wireName().equals(wireName)).findFirst();
  }
}
