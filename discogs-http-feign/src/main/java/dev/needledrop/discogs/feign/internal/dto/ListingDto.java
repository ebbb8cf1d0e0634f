package dev.needledrop.discogs.feign.internal.dto;

import java.math.BigDecimal;

/**
 * A marketplace listing ({@code GET /marketplace/listings/{id}}, inventory items). The last five
 * fields reach only the listing's seller.
 */
public record ListingDto(
    Long id,
    String status,
    PriceDto price,
    OriginalPriceDto originalPrice,
    PriceDto shippingPrice,
    OriginalPriceDto originalShippingPrice,
    Boolean allowOffers,
    Boolean offerSubmitted,
    String condition,
    String sleeveCondition,
    String comments,
    String shipsFrom,
    String posted,
    Boolean audio,
    String uri,
    SellerDto seller,
    ListingReleaseDto release,
    Boolean inCart,
    BigDecimal weight,
    Integer formatQuantity,
    String externalId,
    String location,
    Integer quantity) {

  /** Refuses a listing without an id, a seller's name or a release id. */
  public ListingDto {
    RequiredIds.require(id, "listing id");
    if (seller == null || seller.username() == null) {
      throw new IllegalArgumentException("listing seller is missing or has no username");
    }
    if (release == null) {
      throw new IllegalArgumentException("listing release is missing");
    }
    RequiredIds.require(release.id(), "listing release id");
  }
}
