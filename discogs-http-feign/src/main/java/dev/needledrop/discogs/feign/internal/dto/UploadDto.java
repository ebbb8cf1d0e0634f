package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An inventory upload; {@code results} is documented as text but read as any JSON value, since one
 * client sees an object there.
 */
public record UploadDto(
    Long id,
    String status,
    String type,
    String filename,
    String createdTs,
    String finishedTs,
    JsonNode results) {

  /** Refuses an upload without an id. */
  public UploadDto {
    RequiredIds.require(id, "upload id");
  }
}
