package dev.needledrop.discogs.feign.internal.dto;

/** A folder of a collection; folder 0 ("All") has the id 0. */
public record FolderDto(Long id, String name, Integer count) {

  /** Refuses a folder without an id. */
  public FolderDto {
    if (id == null || id < 0) {
      throw new IllegalArgumentException("folder id is missing or negative");
    }
  }
}
