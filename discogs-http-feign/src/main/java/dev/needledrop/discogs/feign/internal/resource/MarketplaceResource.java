package dev.needledrop.discogs.feign.internal.resource;

import dev.needledrop.discogs.feign.internal.dto.CreatedListingDto;
import dev.needledrop.discogs.feign.internal.dto.InventoryPageDto;
import dev.needledrop.discogs.feign.internal.dto.ListingBodyDto;
import dev.needledrop.discogs.feign.internal.dto.ListingDto;
import dev.needledrop.discogs.feign.internal.dto.MarketplaceStatsDto;
import dev.needledrop.discogs.feign.internal.dto.NewOrderMessageDto;
import dev.needledrop.discogs.feign.internal.dto.OrderDto;
import dev.needledrop.discogs.feign.internal.dto.OrderMessageDto;
import dev.needledrop.discogs.feign.internal.dto.OrderMessagesPageDto;
import dev.needledrop.discogs.feign.internal.dto.OrderUpdateDto;
import dev.needledrop.discogs.feign.internal.dto.OrdersPageDto;
import dev.needledrop.discogs.feign.internal.dto.PriceDto;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The Marketplace section of the Discogs API as Feign calls (reference §8.5, E19–E32).
 *
 * <p>Path parameters and query values arrive already percent-encoded, as in {@link
 * DatabaseResource}; write bodies are JSON.
 */
public interface MarketplaceResource {

  /** Query: status, sort, sort_order, page, per_page. */
  @RequestLine(value = "GET /users/{username}/inventory", decodeSlash = false)
  InventoryPageDto inventory(
      @Param(value = "username", encoded = true) String username,
      @QueryMap(encoded = true) Map<String, String> query);

  /** Query: curr_abbr, when a currency was asked for. */
  @RequestLine(value = "GET /marketplace/listings/{listingId}", decodeSlash = false)
  ListingDto listing(
      @Param(value = "listingId", encoded = true) String listingId,
      @QueryMap(encoded = true) Map<String, String> query);

  /** Discogs answers 204 with no body. */
  @RequestLine(value = "POST /marketplace/listings/{listingId}", decodeSlash = false)
  void editListing(
      @Param(value = "listingId", encoded = true) String listingId, ListingBodyDto listing);

  /** Discogs answers 204 with no body. */
  @RequestLine(value = "DELETE /marketplace/listings/{listingId}", decodeSlash = false)
  void deleteListing(@Param(value = "listingId", encoded = true) String listingId);

  /** Discogs answers 201 with the new listing's id. */
  @RequestLine("POST /marketplace/listings")
  CreatedListingDto createListing(ListingBodyDto listing);

  /** Query: status, created_after, created_before, archived, sort, sort_order, page, per_page. */
  @RequestLine("GET /marketplace/orders")
  OrdersPageDto orders(@QueryMap(encoded = true) Map<String, String> query);

  @RequestLine(value = "GET /marketplace/orders/{orderId}", decodeSlash = false)
  OrderDto order(@Param(value = "orderId", encoded = true) String orderId);

  @RequestLine(value = "POST /marketplace/orders/{orderId}", decodeSlash = false)
  OrderDto editOrder(
      @Param(value = "orderId", encoded = true) String orderId, OrderUpdateDto update);

  /** Query: page, per_page. */
  @RequestLine(value = "GET /marketplace/orders/{orderId}/messages", decodeSlash = false)
  OrderMessagesPageDto orderMessages(
      @Param(value = "orderId", encoded = true) String orderId,
      @QueryMap(encoded = true) Map<String, String> query);

  /** Discogs answers 201 with the message it recorded. */
  @RequestLine(value = "POST /marketplace/orders/{orderId}/messages", decodeSlash = false)
  OrderMessageDto addOrderMessage(
      @Param(value = "orderId", encoded = true) String orderId, NewOrderMessageDto message);

  @RequestLine(value = "GET /marketplace/fee/{price}", decodeSlash = false)
  PriceDto fee(@Param(value = "price", encoded = true) String price);

  @RequestLine(value = "GET /marketplace/fee/{price}/{currency}", decodeSlash = false)
  PriceDto fee(
      @Param(value = "price", encoded = true) String price,
      @Param(value = "currency", encoded = true) String currency);

  /** An object keyed by media condition; {@code {}} when Discogs has no suggestion. */
  @RequestLine(value = "GET /marketplace/price_suggestions/{releaseId}", decodeSlash = false)
  Map<String, PriceDto> priceSuggestions(
      @Param(value = "releaseId", encoded = true) String releaseId);

  /** Query: curr_abbr, when a currency was asked for. */
  @RequestLine(value = "GET /marketplace/stats/{releaseId}", decodeSlash = false)
  MarketplaceStatsDto stats(
      @Param(value = "releaseId", encoded = true) String releaseId,
      @QueryMap(encoded = true) Map<String, String> query);
}
