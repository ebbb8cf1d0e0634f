package dev.needledrop.discogs.api;

import java.util.Locale;

/** Keys a user's contributions can be sorted by. */
public enum ContributionSort implements SortKey {
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
