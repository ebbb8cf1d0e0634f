package dev.needledrop.discogs.feign.internal.dto;

import java.math.BigDecimal;
import java.util.List;

/** A master release ({@code GET /masters/{id}}). */
public record MasterDto(
    Long id,
    String title,
    Long mainRelease,
    Long mostRecentRelease,
    String uri,
    List<ArtistCreditDto> artists,
    List<String> genres,
    List<String> styles,
    Integer year,
    List<TrackDto> tracklist,
    List<ImageDto> images,
    List<VideoDto> videos,
    String dataQuality,
    String notes,
    Integer numForSale,
    BigDecimal lowestPrice) {

  /** Refuses a master without an id or a main release. */
  public MasterDto {
    RequiredIds.require(id, "master id");
    RequiredIds.require(mainRelease, "master main_release");
  }
}
