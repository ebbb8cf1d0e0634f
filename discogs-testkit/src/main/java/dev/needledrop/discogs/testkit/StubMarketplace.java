package dev.needledrop.discogs.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderMessage;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.market.Market;
import dev.needledrop.discogs.testkit.internal.market.MarketWriter;

/**
 * The marketplace a {@link StubDiscogsServer} serves: listings, orders with their messages, and the
 * recorded answers some endpoints give. Exports and uploads are made through the API.
 *
 * <p>Seed it with JSON shaped as Discogs sends it (the seller's full view of a listing, an order)
 * or with the core's records. Changes take effect at once. Thread-safe.
 */
public final class StubMarketplace implements MarketplaceSeeder {

  private final Market market;

  StubMarketplace(Market market) {
    this.market = market;
  }

  /** Holds a listing given as Discogs JSON; it needs an {@code id} and a seller username. */
  public void putListing(String json) {
    market.putListing(StubJson.parse(json));
  }

  /** Holds an order given as Discogs JSON; it needs an {@code id} and a seller username. */
  public void putOrder(String json) {
    market.putOrder(StubJson.parse(json));
  }

  /** Answers {@code GET /marketplace/price_suggestions/{id}} with this body. */
  public void putPriceSuggestions(long releaseId, JsonNode body) {
    market.putPriceSuggestions(releaseId, body);
  }

  /** Answers {@code GET /marketplace/stats/{id}} with this body while no listing of it is held. */
  public void putStats(long releaseId, JsonNode body) {
    market.putStats(releaseId, body);
  }

  @Override
  public void putListing(Listing listing) {
    market.putListing(MarketWriter.listing(listing));
  }

  @Override
  public void putOrder(Order order) {
    market.putOrder(MarketWriter.order(order));
  }

  @Override
  public void putOrderMessage(OrderId order, OrderMessage message) {
    market.putOrderMessage(order.value(), MarketWriter.message(message));
  }
}
