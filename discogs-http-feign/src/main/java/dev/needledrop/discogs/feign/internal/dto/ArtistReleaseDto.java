package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An entry of an artist's discography: a master or a release. */
public record ArtistReleaseDto(
    Long id,
    String type,
    String title,
    String artist,
    String role,
    Integer year,
    String thumb,
    String format,
    String label,
    String catno,
    String status,
    Long mainRelease,
    @JsonProperty("trackinfo") String trackInfo,
    StatsDto stats) {

  /** Refuses an entry without an id. */
  public ArtistReleaseDto {
    RequiredIds.require(id, "artist release id");
  }
}
