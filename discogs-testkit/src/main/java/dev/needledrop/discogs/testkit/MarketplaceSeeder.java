package dev.needledrop.discogs.testkit;

import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderMessage;

/**
 * Puts marketplace records into a test double, so that the same test data can seed the in-memory
 * fake ({@code InMemoryMarketplace}) and the stub server ({@link StubMarketplace}) alike.
 *
 * <p>A listing belongs to its {@link Listing#seller()}, who then sees it with its private fields
 * (drafts included); anyone else sees it only while it is for sale. An order belongs to its seller.
 * Putting a record with the id of a held one replaces it. Listings and orders created through the
 * API need no seeding.
 */
public interface MarketplaceSeeder {

  /** Holds a listing, as its seller's. */
  void putListing(Listing listing);

  /** Holds an order, as its seller's. */
  void putOrder(Order order);

  /** Adds a message to an order's history, as its oldest message so far. */
  void putOrderMessage(OrderId order, OrderMessage message);
}
