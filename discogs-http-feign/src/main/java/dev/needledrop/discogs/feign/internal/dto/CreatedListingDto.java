package dev.needledrop.discogs.feign.internal.dto;

/** The answer to a listing create: {@code {"listing_id": n, "resource_url": "..."}}. */
public record CreatedListingDto(Long listingId, String resourceUrl) {

  /** Refuses an answer without the new listing's id. */
  public CreatedListingDto {
    RequiredIds.require(listingId, "new listing id");
  }
}
