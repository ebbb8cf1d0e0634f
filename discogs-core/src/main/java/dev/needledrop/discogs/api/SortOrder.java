package dev.needledrop.discogs.api;

import java.util.Locale;

/** Ascending or descending order of a sorted listing. */
public enum SortOrder {
  ASC,
  DESC;

  /** Returns the value Discogs expects in {@code sort_order}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
