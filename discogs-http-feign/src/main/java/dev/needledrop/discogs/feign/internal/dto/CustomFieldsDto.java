package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A collection's custom note fields; Discogs does not paginate them. */
public record CustomFieldsDto(List<CustomFieldDto> fields) {

  /** One field: a dropdown with options or a textarea with a height in lines. */
  public record CustomFieldDto(
      Long id,
      String name,
      Integer position,
      @JsonProperty("public") Boolean isPublic,
      String type,
      List<String> options,
      Integer lines) {

    /** Refuses a field without an id. */
    public CustomFieldDto {
      RequiredIds.require(id, "field id");
    }
  }
}
