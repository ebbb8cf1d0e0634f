package dev.needledrop.discogs.api;

import java.util.Locale;

/** Keys an artist's discography can be sorted by. */
public enum ArtistReleaseSort implements SortKey {
  YEAR,
  TITLE,
  FORMAT;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
