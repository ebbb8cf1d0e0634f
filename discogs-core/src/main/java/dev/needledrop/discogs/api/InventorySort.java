package dev.needledrop.discogs.api;

import java.util.Locale;

/**
 * Keys a seller's inventory can be sorted by. {@link #STATUS} and {@link #LOCATION} sort only the
 * caller's own inventory.
 */
public enum InventorySort implements SortKey {
  /** When the listing was posted. */
  LISTED,
  PRICE,
  /** The release description. */
  ITEM,
  ARTIST,
  LABEL,
  CATNO,
  /** Whether the listing has audio. */
  AUDIO,
  STATUS,
  LOCATION;

  @Override
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
