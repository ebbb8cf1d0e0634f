package dev.needledrop.discogs.api;

import java.util.Objects;

/**
 * A sort key of a listing with its order, such as releases by year, newest first.
 *
 * @param <K> the sort keys the listing accepts
 */
public record Sort<K extends Enum<K> & SortKey>(K key, SortOrder order) {

  /** Creates a sort. */
  public Sort {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(order, "order");
  }

  /** Returns an ascending sort on the key. */
  public static <K extends Enum<K> & SortKey> Sort<K> ascending(K key) {
    return new Sort<>(key, SortOrder.ASC);
  }

  /** Returns a descending sort on the key. */
  public static <K extends Enum<K> & SortKey> Sort<K> descending(K key) {
    return new Sort<>(key, SortOrder.DESC);
  }
}
