package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/**
 * One copy of a release in a collection. Its {@code notes} are custom field values, a list of
 * {@code {field_id, value}}, unlike a want's text note.
 */
public record CollectionItemDto(
    Long id,
    Long instanceId,
    Long folderId,
    Integer rating,
    String dateAdded,
    BasicInformationDto basicInformation,
    List<FieldValueDto> notes) {

  /** Refuses an item without a release id or an instance id. */
  public CollectionItemDto {
    RequiredIds.require(id, "release id");
    RequiredIds.require(instanceId, "instance id");
  }

  /** One custom field value of a copy. */
  public record FieldValueDto(Long fieldId, String value) {}
}
