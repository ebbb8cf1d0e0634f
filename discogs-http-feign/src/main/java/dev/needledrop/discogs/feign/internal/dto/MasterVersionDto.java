package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** One version of a master, as listed by {@code GET /masters/{id}/versions}. */
public record MasterVersionDto(
    Long id,
    String title,
    String label,
    String country,
    String format,
    List<String> majorFormats,
    String catno,
    String released,
    String status,
    String thumb,
    StatsDto stats) {

  /** Refuses a version without a release id. */
  public MasterVersionDto {
    RequiredIds.require(id, "version id");
  }
}
