package dev.needledrop.discogs.feign.internal.dto;

/** Checks the ids without which a wire object cannot be read. */
final class RequiredIds {

  private RequiredIds() {}

  /** Refuses an absent or non-positive id, naming what it identifies. */
  static Long require(Long id, String name) {
    if (id == null || id <= 0) {
      throw new IllegalArgumentException(name + " is missing or not positive");
    }
    return id;
  }
}
