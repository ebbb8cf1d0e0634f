package dev.needledrop.discogs.feign.internal.dto;

/** A release in a label's catalogue. */
public record LabelReleaseDto(
    Long id,
    String title,
    String artist,
    String catno,
    String format,
    Integer year,
    String status,
    String thumb,
    StatsDto stats) {

  /** Refuses an entry without a release id. */
  public LabelReleaseDto {
    RequiredIds.require(id, "label release id");
  }
}
