package dev.needledrop.discogs.feign.internal.dto;

/**
 * An inventory export; {@code finished_ts}, {@code download_url} and {@code filename} are null
 * while it runs.
 */
public record ExportDto(
    Long id,
    String status,
    String createdTs,
    String finishedTs,
    String url,
    String downloadUrl,
    String filename) {

  /** Refuses an export without an id. */
  public ExportDto {
    RequiredIds.require(id, "export id");
  }
}
