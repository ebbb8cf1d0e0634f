package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An artist ({@code GET /artists/{id}}). */
public record ArtistDto(
    Long id,
    String name,
    @JsonProperty("realname") String realName,
    String profile,
    String uri,
    List<String> urls,
    @JsonProperty("namevariations") List<String> nameVariations,
    List<ArtistRefDto> aliases,
    List<ArtistRefDto> members,
    List<ArtistRefDto> groups,
    List<ImageDto> images,
    String dataQuality) {

  /** Refuses an artist without an id. */
  public ArtistDto {
    RequiredIds.require(id, "artist id");
  }
}
