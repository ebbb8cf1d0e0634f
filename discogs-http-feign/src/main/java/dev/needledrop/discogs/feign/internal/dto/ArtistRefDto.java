package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * Another artist as an artist lists it: an alias, a member or a group ({@code active} only for the
 * last two). Older records, such as artists among a user's submissions, list members by name alone;
 * such a reference has no id.
 */
public record ArtistRefDto(Long id, String name, String thumbnailUrl, Boolean active) {

  /** Reads a reference written as an object. */
  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  public ArtistRefDto {}

  /** Reads a reference written as the artist's name alone. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ArtistRefDto named(String name) {
    return new ArtistRefDto(null, name, null, null);
  }
}
