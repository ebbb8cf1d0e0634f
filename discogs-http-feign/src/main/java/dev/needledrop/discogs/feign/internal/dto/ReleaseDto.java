package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;

/** A release ({@code GET /releases/{id}}); {@code lowest_price} is in the currency asked for. */
public record ReleaseDto(
    Long id,
    String title,
    String status,
    String dataQuality,
    String uri,
    List<ArtistCreditDto> artists,
    String artistsSort,
    @JsonProperty("extraartists") List<ArtistCreditDto> extraArtists,
    List<EntityCreditDto> labels,
    List<EntityCreditDto> series,
    List<EntityCreditDto> companies,
    List<FormatDto> formats,
    Integer formatQuantity,
    List<String> genres,
    List<String> styles,
    List<TrackDto> tracklist,
    List<ImageDto> images,
    String thumb,
    List<VideoDto> videos,
    List<IdentifierDto> identifiers,
    CommunityDto community,
    String country,
    Integer year,
    String released,
    String releasedFormatted,
    String notes,
    Long masterId,
    String dateAdded,
    String dateChanged,
    Integer estimatedWeight,
    Integer numForSale,
    BigDecimal lowestPrice,
    Boolean blockedFromSale,
    @JsonProperty("is_offensive") Boolean offensive) {

  /** Refuses a release without an id. */
  public ReleaseDto {
    RequiredIds.require(id, "release id");
  }
}
