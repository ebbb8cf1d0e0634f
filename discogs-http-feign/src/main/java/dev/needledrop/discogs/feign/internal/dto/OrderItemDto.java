package dev.needledrop.discogs.feign.internal.dto;

/** One item of an order; {@code id} is the listing bought. */
public record OrderItemDto(
    Long id,
    OrderItemReleaseDto release,
    PriceDto price,
    String mediaCondition,
    String sleeveCondition) {

  /** Refuses an item without its listing id or release id. */
  public OrderItemDto {
    RequiredIds.require(id, "order item listing id");
    RequiredIds.require(release == null ? null : release.id(), "order item release id");
  }
}
