package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A marketplace order; its {@code id} is text such as {@code "1-1"}. */
public record OrderDto(
    String id,
    String status,
    List<String> nextStatus,
    PriceDto fee,
    String created,
    String lastActivity,
    List<OrderItemDto> items,
    OrderShippingDto shipping,
    String shippingAddress,
    String additionalInstructions,
    Boolean archived,
    UserRefDto seller,
    UserRefDto buyer,
    PriceDto total,
    String uri) {

  /** Refuses an order without an id. */
  public OrderDto {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("order id is missing");
    }
  }
}
