package dev.needledrop.discogs.api;

import java.util.Locale;

/** Keys a master's versions can be sorted by. */
public enum MasterVersionSort implements SortKey {
  RELEASED,
  TITLE,
  FORMAT,
  LABEL,
  CATNO,
  COUNTRY;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
