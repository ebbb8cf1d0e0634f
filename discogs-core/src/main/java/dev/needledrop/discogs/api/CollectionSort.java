package dev.needledrop.discogs.api;

import java.util.Locale;

/** Keys a collection folder's items can be sorted by. */
public enum CollectionSort implements SortKey {
  LABEL,
  ARTIST,
  TITLE,
  CATNO,
  FORMAT,
  RATING,
  ADDED,
  YEAR;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
