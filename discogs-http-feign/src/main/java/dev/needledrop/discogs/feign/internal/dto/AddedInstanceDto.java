package dev.needledrop.discogs.feign.internal.dto;

/** The answer to adding a release to a folder: the new copy's instance id. */
public record AddedInstanceDto(Long instanceId, String resourceUrl) {

  /** Refuses an answer without an instance id. */
  public AddedInstanceDto {
    RequiredIds.require(instanceId, "instance id");
  }
}
