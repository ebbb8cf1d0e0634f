package dev.needledrop.discogs.model;

/** Shared checks for the typed ids. */
final class Ids {

  private Ids() {}

  static void requirePositive(long value, String name) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
  }
}
