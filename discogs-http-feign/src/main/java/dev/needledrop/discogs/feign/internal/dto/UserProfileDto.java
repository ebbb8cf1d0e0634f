package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A user's profile ({@code GET /users/{username}}); the owner-only parts may be absent. */
public record UserProfileDto(
    Long id,
    String username,
    String uri,
    String name,
    String profile,
    String homePage,
    String location,
    String registered,
    Double rank,
    Integer numPending,
    Integer numForSale,
    Integer numLists,
    Integer releasesContributed,
    Integer releasesRated,
    Double ratingAvg,
    String avatarUrl,
    String bannerUrl,
    @JsonProperty("curr_abbr") String currency,
    Boolean activated,
    Boolean marketplaceSuspended,
    @JsonProperty("is_staff") Boolean staff,
    Double buyerRating,
    Double buyerRatingStars,
    Integer buyerNumRatings,
    Double sellerRating,
    Double sellerRatingStars,
    Integer sellerNumRatings,
    Integer numCollection,
    Integer numWantlist,
    String email,
    Integer numUnread) {

  /** Refuses a profile without a user id. */
  public UserProfileDto {
    RequiredIds.require(id, "user id");
  }
}
