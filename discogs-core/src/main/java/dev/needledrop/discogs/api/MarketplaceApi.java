package dev.needledrop.discogs.api;

import dev.needledrop.discogs.internal.Choices;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingDraft;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.MarketplaceStats;
import dev.needledrop.discogs.model.marketplace.NewOrderMessage;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderMessage;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.OrderUpdate;
import dev.needledrop.discogs.model.marketplace.PriceSuggestions;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.PagedStream;
import java.math.BigDecimal;
import java.util.stream.Stream;

/**
 * The Discogs marketplace: sellers' inventories, listings, the caller's orders and their messages,
 * fees, price suggestions and release statistics.
 *
 * <p>Implementations are thread-safe. Every method throws a {@link
 * dev.needledrop.discogs.error.DiscogsException}: {@link
 * dev.needledrop.discogs.error.NotFoundException} for an unknown listing or order, {@link
 * dev.needledrop.discogs.error.CredentialsRequiredException} before sending a call that needs a
 * user ({@link dev.needledrop.discogs.api.access.MarketplaceAccess}), {@link
 * dev.needledrop.discogs.error.UnauthorizedException} for credentials Discogs refuses, {@link
 * dev.needledrop.discogs.error.ForbiddenException} for another seller's listing or order, {@link
 * dev.needledrop.discogs.error.BadRequestException} for values Discogs refuses. Arguments this SDK
 * can check itself are refused with an {@link IllegalArgumentException} before anything is sent.
 * Amounts are exact decimals.
 *
 * <p>Writes that create something ({@link #createListing}, {@link #addOrderMessage}) are sent
 * exactly once: an implementation never repeats them on its own, since a repeat would list the item
 * twice or message the buyer twice.
 */
public interface MarketplaceApi {

  /** Items per page that the lazy streams ask for: the most Discogs serves, to save requests. */
  int STREAM_PAGE_SIZE = PageRequest.MAX_PER_PAGE;

  /**
   * Returns a page of a seller's inventory. The seller sees every listing, drafts included, with
   * the private details; anyone else sees only listings for sale.
   */
  Page<Listing> inventory(Username seller, InventoryQuery query, PageRequest page);

  /** Streams a seller's whole inventory, as {@link #inventory} filters and sorts it. */
  default Stream<Listing> allInventory(Username seller, InventoryQuery query) {
    return PagedStream.of(page -> inventory(seller, query, page), STREAM_PAGE_SIZE);
  }

  /** Returns a listing, priced in the caller's own currency (US dollars when anonymous). */
  Listing listing(ListingId id);

  /** Returns a listing, priced in the given currency. */
  Listing listing(ListingId id, Currency currency);

  /**
   * Lists a release for sale in the caller's inventory, or saves it as a draft; sent once, never
   * repeated by the SDK.
   *
   * @return the new listing's id
   */
  ListingId createListing(ListingDraft draft);

  /**
   * Changes one of the caller's listings, which must be for sale, a draft or expired. The draft's
   * empty optional parts are left as they are.
   */
  void editListing(ListingId id, ListingDraft draft);

  /** Deletes one of the caller's listings. */
  void deleteListing(ListingId id);

  /** Returns a page of the orders the caller sold. */
  Page<Order> orders(OrderQuery query, PageRequest page);

  /** Streams every order the caller sold that the query keeps. */
  default Stream<Order> allOrders(OrderQuery query) {
    return PagedStream.of(page -> orders(query, page), STREAM_PAGE_SIZE);
  }

  /** Returns one of the caller's orders. */
  Order order(OrderId id);

  /**
   * Changes an order's status or its shipping cost (never both: see {@link OrderUpdate}) and
   * returns the order as it then stands. A new status must be one of the order's next statuses.
   */
  Order editOrder(OrderId id, OrderUpdate update);

  /**
   * Moves an order to a status after checking, against the order as fetched now, that the status is
   * one of its next statuses.
   *
   * @throws IllegalArgumentException when the order cannot move to the status; nothing is changed
   */
  default Order changeOrderStatus(OrderId id, OrderStatus next) {
    next.requireSettable("status");
    Order current = order(id);
    if (!current.canMoveTo(next)) {
      throw new IllegalArgumentException(
          "order "
              + id
              + " cannot move from '"
              + current.status()
              + "' to '"
              + next
              + "'; its next statuses are "
              + Choices.describe(current.nextStatus()));
    }
    return editOrder(id, OrderUpdate.status(next));
  }

  /** Returns a page of an order's messages, newest first. */
  Page<OrderMessage> orderMessages(OrderId id, PageRequest page);

  /** Streams an order's every message, newest first. */
  default Stream<OrderMessage> allOrderMessages(OrderId id) {
    return PagedStream.of(page -> orderMessages(id, page), STREAM_PAGE_SIZE);
  }

  /**
   * Adds a message to an order, changing its status too when the message holds one; sent once,
   * never repeated by the SDK.
   *
   * @return the message as Discogs recorded it
   */
  OrderMessage addOrderMessage(OrderId id, NewOrderMessage message);

  /** Returns Discogs' selling fee for a price, in US dollars. */
  Money fee(BigDecimal price);

  /** Returns Discogs' selling fee for a price in the given currency. */
  Money fee(BigDecimal price, Currency currency);

  /** Returns Discogs' price suggestions for a release, in the caller's selling currency. */
  PriceSuggestions priceSuggestions(ReleaseId release);

  /** Returns what the marketplace offers of a release, priced in the caller's own currency. */
  MarketplaceStats marketplaceStats(ReleaseId release);

  /** Returns what the marketplace offers of a release, priced in the given currency. */
  MarketplaceStats marketplaceStats(ReleaseId release, Currency currency);
}
