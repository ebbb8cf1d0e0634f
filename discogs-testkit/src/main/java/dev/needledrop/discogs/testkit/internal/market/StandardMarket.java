package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.catalogue.StandardCatalogue;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.List;
import java.util.stream.Stream;

/**
 * The recorded marketplace and inventory responses that seed a stub's market, and the loader that
 * puts them in, consistently with each other and with the standard catalogue.
 *
 * <p>Listings come from the listing and inventory recordings, all sold by {@code example_seller};
 * order {@code 1-1} (seller {@code example_seller}, release 1 of the catalogue) with its seven
 * documented messages; export 599632 and upload 119615 belong to {@code example_user}, whose name
 * the export's file carries. The documented price suggestions are for release 10567529, as
 * recorded; the recorded euro suggestions, whose release was not recorded, are put on release
 * 249504 of the catalogue; the documented stats belong to release 1 and the recorded ones to
 * release 249504. The documented answer to an order edit and to a new message are answers to writes
 * rather than state, so they are not loaded.
 */
public final class StandardMarket {

  /** The seller of every recorded listing and order. */
  public static final String SELLER = "example_seller";

  /** The owner of the recorded export and upload. */
  public static final String JOB_OWNER = "example_user";

  static final List<String> LISTINGS =
      List.of(
          "listing/docs-listing-172723812-example.json",
          "listing/listing-1265949252.json",
          "listing/listing-157624565-legacy.json");

  static final List<String> INVENTORIES =
      List.of(
          "inventory/inventory-per_page2.json",
          "inventory/inventory-sort-price-asc-page1-479-items-2014.json",
          "inventory/inventory-trimmed.json");

  static final String ORDER = "order/docs-order-1-1-example.json";
  static final String ORDERS = "orders/docs-orders-example.json";
  static final String MESSAGES = "order-messages/docs-order-messages-example.json";
  static final String EXPORT = "inventory-exports/docs-inventory-export-599632-example.json";
  static final String EXPORTS = "inventory-exports/docs-inventory-exports-example.json";
  static final String UPLOAD = "inventory-uploads/docs-inventory-upload-example.json";
  static final String UPLOADS = "inventory-uploads/docs-inventory-uploads-example.json";
  static final String SUGGESTIONS_DOCS = "price-suggestions/docs-price-suggestions-example.json";
  static final String SUGGESTIONS_EUR = "price-suggestions/price-suggestions-eur.json";
  static final String STATS_DOCS = "marketplace-stats/docs-marketplace-stats-example.json";
  static final String STATS_USD = "marketplace-stats/marketplace-stats-usd.json";

  private StandardMarket() {}

  /** Puts every recorded marketplace and inventory answer into the market. */
  public static void load(Market market) {
    LISTINGS.forEach(file -> market.putListing(read(file)));
    INVENTORIES.forEach(
        file -> StubJson.objects(read(file), "listings").forEach(market::putListing));
    StubJson.objects(read(ORDERS), "orders").forEach(market::putOrder);
    market.putOrder(read(ORDER));
    StubJson.objects(read(MESSAGES), "messages")
        .forEach(message -> market.putOrderMessage("1-1", message));
    market.putExport(JOB_OWNER, read(EXPORT), Market.exportCsv(List.of()));
    market.putUpload(JOB_OWNER, read(UPLOAD));
    market.putPriceSuggestions(10567529, read(SUGGESTIONS_DOCS));
    market.putPriceSuggestions(249504, read(SUGGESTIONS_EUR));
    market.putStats(1, read(STATS_DOCS));
    market.putStats(249504, read(STATS_USD));
  }

  /**
   * Returns every file this market answers from, relative to the fixtures root; the export and
   * upload list recordings hold the same single jobs as the detail recordings loaded.
   */
  public static List<String> files() {
    return Stream.of(
            LISTINGS,
            INVENTORIES,
            List.of(
                ORDER,
                ORDERS,
                MESSAGES,
                EXPORT,
                EXPORTS,
                UPLOAD,
                UPLOADS,
                SUGGESTIONS_DOCS,
                SUGGESTIONS_EUR,
                STATS_DOCS,
                STATS_USD))
        .flatMap(List::stream)
        .toList();
  }

  private static ObjectNode read(String file) {
    return StubJson.requireObject(StandardCatalogue.read(file));
  }
}
