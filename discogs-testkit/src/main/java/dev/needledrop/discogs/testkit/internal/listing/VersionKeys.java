package dev.needledrop.discogs.testkit.internal.listing;

import java.util.List;

/**
 * What a version of a master is filtered and sorted by.
 *
 * @param released the release date as Discogs wrote it, such as {@code 1992} or {@code 1992-07-00}
 * @param format the format descriptions joined, such as {@code "LP, Album"}
 * @param majorFormats the main formats, such as {@code Vinyl}
 */
public record VersionKeys(
    String released,
    String title,
    String format,
    List<String> majorFormats,
    String label,
    String catno,
    String country) {

  /** Creates the keys, copying the formats. */
  public VersionKeys {
    majorFormats = List.copyOf(majorFormats);
  }
}
