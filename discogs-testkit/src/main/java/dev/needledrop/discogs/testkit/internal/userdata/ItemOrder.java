package dev.needledrop.discogs.testkit.internal.userdata;

import dev.needledrop.discogs.api.SortKey;
import dev.needledrop.discogs.api.SortOrder;
import dev.needledrop.discogs.model.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Sorts collection copies and contributions the same way for the stub and the fakes: by the key
 * asked for (texts ignoring case, {@code added} by the instant), stable so that equal items keep
 * their order, also when descending.
 */
public final class ItemOrder {

  private ItemOrder() {}

  /** Returns the items sorted by the key's wire name in the given direction. */
  public static <T> List<T> sort(
      List<T> items, Function<T, ItemKeys> keys, SortKey key, SortOrder direction) {
    Comparator<T> byKey = Comparator.comparing(keys, order(key.wireName()));
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(direction == SortOrder.DESC ? byKey.reversed() : byKey);
    return sorted;
  }

  private static Comparator<ItemKeys> order(String key) {
    return switch (key.toLowerCase(Locale.ROOT)) {
      case "artist" -> text(ItemKeys::artist);
      case "title" -> text(ItemKeys::title);
      case "label" -> text(ItemKeys::label);
      case "catno" -> text(ItemKeys::catno);
      case "format" -> text(ItemKeys::format);
      case "year" -> Comparator.comparingInt(ItemKeys::year);
      case "rating" -> Comparator.comparingInt(ItemKeys::rating);
      case "added" -> Comparator.comparing(keys -> instant(keys.added()));
      default -> throw new IllegalArgumentException("no sort by " + key);
    };
  }

  private static Comparator<ItemKeys> text(Function<ItemKeys, String> field) {
    return Comparator.comparing(field, String.CASE_INSENSITIVE_ORDER);
  }

  private static Instant instant(String raw) {
    return Timestamp.of(raw).toOffsetDateTime().map(time -> time.toInstant()).orElse(Instant.EPOCH);
  }
}
