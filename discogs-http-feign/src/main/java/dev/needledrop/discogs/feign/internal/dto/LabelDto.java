package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A label ({@code GET /labels/{id}}). */
public record LabelDto(
    Long id,
    String name,
    String profile,
    String contactInfo,
    String uri,
    List<String> urls,
    List<ImageDto> images,
    List<LabelRefDto> sublabels,
    LabelRefDto parentLabel,
    String dataQuality) {

  /** Refuses a label without an id. */
  public LabelDto {
    RequiredIds.require(id, "label id");
  }
}
