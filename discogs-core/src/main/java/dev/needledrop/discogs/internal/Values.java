package dev.needledrop.discogs.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Normalizes the components of domain records: no record ever holds a null.
 *
 * <p>Not part of the public API; records call it from their compact constructors so that a value
 * the API left out reads as an empty text, an empty list or an empty optional.
 */
public final class Values {

  private Values() {}

  /** Returns an unmodifiable copy of the list, empty for null; null elements are dropped. */
  public static <T> List<T> list(List<T> items) {
    if (items == null || items.isEmpty()) {
      return List.of();
    }
    // Not items.contains(null): immutable lists such as List.of(...) throw on that question. A
    // plain loop, as records of long lists (a tracklist) are built by the thousand.
    for (T item : items) {
      if (item == null) {
        return items.stream().filter(Objects::nonNull).toList();
      }
    }
    return List.copyOf(items);
  }

  /** Returns an unmodifiable copy of the map, empty for null. */
  public static <K, V> Map<K, V> map(Map<K, V> entries) {
    return entries == null ? Map.of() : Map.copyOf(entries);
  }

  /** Returns the text, or an empty text for null. */
  public static String text(String text) {
    return text == null ? "" : text;
  }

  /** Returns the optional, or an empty one for null. */
  public static <T> Optional<T> optional(Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  /** Returns the optional, or an empty one for null. */
  public static OptionalInt optional(OptionalInt value) {
    return value == null ? OptionalInt.empty() : value;
  }

  /** Returns the optional, or an empty one for null. */
  public static OptionalLong optional(OptionalLong value) {
    return value == null ? OptionalLong.empty() : value;
  }

  /** Returns the optional, or an empty one for null. */
  public static OptionalDouble optional(OptionalDouble value) {
    return value == null ? OptionalDouble.empty() : value;
  }

  /** Returns a year only when it is a real one: Discogs writes 0 where the year is unknown. */
  public static OptionalInt year(OptionalInt year) {
    return year == null || year.isEmpty() || year.getAsInt() <= 0 ? OptionalInt.empty() : year;
  }

  /** Returns a count that is always sent, reading a negative one as zero. */
  public static int count(int count) {
    return Math.max(count, 0);
  }

  /** Returns a count when it is known: absent, null and negative read as unknown, not as 0. */
  public static OptionalInt count(OptionalInt count) {
    return count == null || count.isEmpty() || count.getAsInt() < 0 ? OptionalInt.empty() : count;
  }
}
