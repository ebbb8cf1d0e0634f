package dev.needledrop.discogs.model.database;

import java.util.OptionalInt;

/** Lenient number parsing for the numeric fields Discogs sends as text. */
final class Numbers {

  private Numbers() {}

  static OptionalInt parseInt(String text) {
    String trimmed = text.trim();
    if (!trimmed.matches("-?\\d{1,9}")) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(Integer.parseInt(trimmed));
  }
}
