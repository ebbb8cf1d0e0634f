package dev.needledrop.discogs.feign.internal.dto;

/** Who the credentials act for ({@code GET /oauth/identity}). */
public record IdentityDto(Long id, String username, String consumerName) {

  /** Refuses an identity without a user id. */
  public IdentityDto {
    RequiredIds.require(id, "user id");
  }
}
