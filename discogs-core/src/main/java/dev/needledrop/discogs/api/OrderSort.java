package dev.needledrop.discogs.api;

import java.util.Locale;

/** Keys the caller's orders can be sorted by. */
public enum OrderSort implements SortKey {
  ID,
  BUYER,
  CREATED,
  STATUS,
  LAST_ACTIVITY;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
