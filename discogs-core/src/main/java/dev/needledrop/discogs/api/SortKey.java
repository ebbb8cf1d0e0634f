package dev.needledrop.discogs.api;

/** A key a Discogs listing can be sorted by. */
public interface SortKey {

  /** Returns the value Discogs expects in {@code sort}. */
  String wireName();
}
