package dev.needledrop.discogs.feign.internal.dto;

/** A release on a wantlist; its {@code notes} are text, unlike a collection item's. */
public record WantDto(
    Long id,
    Integer rating,
    String notes,
    Boolean notesPublic,
    String dateAdded,
    BasicInformationDto basicInformation) {

  /** Refuses a want without a release id. */
  public WantDto {
    RequiredIds.require(id, "release id");
  }
}
