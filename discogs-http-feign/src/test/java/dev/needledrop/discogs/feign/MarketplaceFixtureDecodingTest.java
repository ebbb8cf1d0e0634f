package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.InventoryQuery;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.OrderQuery;
import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.Fixtures;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.InventoryExport;
import dev.needledrop.discogs.model.inventory.InventoryUpload;
import dev.needledrop.discogs.model.inventory.JobStatus;
import dev.needledrop.discogs.model.inventory.UploadId;
import dev.needledrop.discogs.model.inventory.UploadType;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.model.marketplace.MarketplaceStats;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.NewOrderMessage;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderMessage;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.OrderUpdate;
import dev.needledrop.discogs.model.marketplace.OriginalPrice;
import dev.needledrop.discogs.model.marketplace.PriceSuggestions;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Decodes every recorded Marketplace, Inventory Export and Inventory Upload response the testkit
 * ships through the real adapter, served as bytes from a local {@link CaseServer}, and checks the
 * values that matter: every amount exact to its decimal.
 */
class MarketplaceFixtureDecodingTest {

  private static final Username SELLER = Username.of("example_seller");

  private CaseServer server;
  private Discogs discogs;
  private MarketplaceApi marketplace;
  private InventoryApi inventory;

  @BeforeEach
  void start() {
    server = CaseServer.start();
    discogs = TestClients.user(server);
    marketplace = discogs.marketplace();
    inventory = discogs.inventory();
  }

  @AfterEach
  void stop() {
    discogs.close();
    server.close();
  }

  private void serve(String fixture) {
    server.enqueue(Fixtures.ok(fixture));
  }

  private static Money money(String amount, Currency currency) {
    return Money.of(amount, currency);
  }

  @Nested
  class Inventories {

    @Test
    void decodesTheRecentInventoryWithOriginalPricesAndEmptyShipping() {
      serve("inventory/inventory-per_page2.json");

      Page<Listing> page =
          marketplace.inventory(SELLER, InventoryQuery.all(), PageRequest.of(1, 2));

      assertThat(page.pagination()).isEqualTo(new Pagination(1, 32, 2, 64));
      assertThat(page.items())
          .extracting(l -> l.id().value())
          .containsExactly(2237957062L, 2925441427L);
      Listing first = page.items().get(0);
      assertThat(first.status()).isEqualTo(ListingStatus.FOR_SALE);
      assertThat(first.price()).contains(money("20.0", Currency.EUR));
      assertThat(first.price().orElseThrow().amount()).isEqualByComparingTo("20.00");
      assertThat(first.originalPrice().orElseThrow().formatted()).isEqualTo("€20.00");
      assertThat(first.originalPrice().orElseThrow().currencyId()).hasValue(3);
      assertThat(first.shippingPrice()).isEmpty();
      assertThat(first.originalShippingPrice()).isEmpty();
      assertThat(first.condition()).isEqualTo(MediaCondition.NEAR_MINT);
      assertThat(first.sleeveCondition()).contains(SleeveCondition.NEAR_MINT);
      assertThat(first.offerSubmitted()).contains(false);
      assertThat(first.seller().username()).isEqualTo(SELLER);
      assertThat(first.seller().stats().orElseThrow().rating()).isEqualTo("100.0");
      assertThat(first.seller().minOrderTotal())
          .hasValueSatisfying(total -> assertThat(total).isEqualByComparingTo("0"));
      assertThat(first.release().id()).isEqualTo(ReleaseId.of(10924204));
      assertThat(first.release().catalogNumber()).isEqualTo("DB027");
      assertThat(first.release().stats().orElseThrow().community())
          .contains(new ItemStats.Counts(79, 42));
      assertThat(first.weight()).isEmpty();
      assertThat(first.location()).isEmpty();
    }

    @Test
    void decodesTheFifty2014ListingsSortedByPrice() {
      serve("inventory/inventory-sort-price-asc-page1-479-items-2014.json");

      Page<Listing> page = marketplace.inventory(SELLER, InventoryQuery.all(), PageRequest.first());

      assertThat(page.items()).hasSize(50);
      assertThat(page.pagination().items()).isEqualTo(479);
      assertThat(page.pagination().pages()).isEqualTo(10);
      Listing cheapest = page.items().get(0);
      assertThat(cheapest.price()).contains(money("2.99", Currency.USD));
      assertThat(cheapest.originalPrice()).isEmpty();
      assertThat(cheapest.sellerPrice()).contains(money("2.99", Currency.USD));
      assertThat(cheapest.sleeveCondition()).contains(SleeveCondition.GENERIC);
      assertThat(cheapest.posted().flatMap(Timestamp::toOffsetDateTime))
          .contains(OffsetDateTime.of(2013, 11, 20, 14, 26, 16, 0, ZoneOffset.UTC));
      assertThat(cheapest.release().description()).isEqualTo("Max Sedgley - Slowly (12\")");
      assertThat(page.items())
          .extracting(listing -> listing.price().orElseThrow().amount())
          .isSortedAccordingTo(BigDecimal::compareTo);
    }

    @Test
    void decodesTheTrimmedInventoryWithCartFlagsAndImages() {
      serve("inventory/inventory-trimmed.json");

      Page<Listing> page = marketplace.inventory(SELLER, InventoryQuery.all(), PageRequest.first());

      assertThat(page.items()).hasSize(2);
      Listing first = page.items().get(0);
      assertThat(first.id()).isEqualTo(ListingId.of(3526621535L));
      assertThat(first.inCart()).contains(false);
      assertThat(first.allowOffers()).isTrue();
      assertThat(first.price()).contains(money("14.99", Currency.USD));
      assertThat(first.seller().minOrderTotal().orElseThrow()).isEqualByComparingTo("9.99");
      assertThat(first.release().images())
          .singleElement()
          .satisfies(i -> assertThat(i.width()).isEqualTo(600));
      assertThat(first.release().stats().orElseThrow().user()).contains(new ItemStats.Counts(0, 0));
      assertThat(page.items().get(1).price()).contains(money("16.99", Currency.USD));
    }
  }

  @Nested
  class Listings {

    @Test
    void decodesTheDocumentedListingWithItsSellerTerms() {
      serve("listing/docs-listing-172723812-example.json");

      Listing listing = marketplace.listing(ListingId.of(172723812));

      assertThat(listing.price()).contains(money("120", Currency.USD));
      assertThat(listing.originalPrice().orElseThrow().formatted()).isEqualTo("$120.00");
      assertThat(listing.shippingPrice()).contains(money("2.50", Currency.USD));
      assertThat(listing.originalShippingPrice().map(OriginalPrice::amount))
          .contains(money("2.5", Currency.USD));
      assertThat(listing.condition()).isEqualTo(MediaCondition.MINT);
      assertThat(listing.comments()).isEqualTo("Brand new... Still sealed!");
      assertThat(listing.seller().payment()).isEqualTo("PayPal");
      assertThat(listing.seller().stats().orElseThrow().stars()).isEqualTo(5.0);
      assertThat(listing.seller().stats().orElseThrow().total()).isEqualTo(15);
      assertThat(listing.release().year()).hasValue(2014);
      assertThat(listing.release().catalogNumber()).isEqualTo("541125-1, 1-541125 (K1)");
      assertThat(listing.shipsFrom()).isEqualTo("United States");
      assertThat(listing.audio()).isFalse();
    }

    @Test
    void decodesAConvertedPriceExactlyToItsLastDigit() {
      serve("listing/listing-1265949252.json");

      Listing listing = marketplace.listing(ListingId.of(1265949252));

      assertThat(listing.price().orElseThrow().amount().toPlainString())
          .isEqualTo("89.34117647058824");
      OriginalPrice original = listing.originalPrice().orElseThrow();
      assertThat(original.amount()).isEqualTo(money("75.94", Currency.EUR));
      assertThat(original.formatted()).isEqualTo("€75.94");
      assertThat(original.converted().orElseThrow().amount())
          .isEqualTo(money("89.34", Currency.USD));
      assertThat(original.converted().orElseThrow().currencyId()).hasValue(1);
      assertThat(listing.sellerPrice()).contains(money("75.94", Currency.EUR));
      assertThat(listing.shippingPrice()).isEmpty();
      assertThat(listing.seller().htmlUrl())
          .isEqualTo("https://www.discogs.com/user/example_seller");
      assertThat(listing.release().images()).hasSize(2);
      assertThat(listing.release().format()).startsWith("Box, Ltd");
    }

    @Test
    void decodesTheLegacyListingWithItsOwnerOnlyWeight() {
      serve("listing/listing-157624565-legacy.json");

      Listing listing = marketplace.listing(ListingId.of(157624565));

      assertThat(listing.weight())
          .hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("239"));
      assertThat(listing.price()).contains(money("32.9", Currency.EUR));
      assertThat(listing.comments()).isEmpty();
      assertThat(listing.originalPrice()).isEmpty();
      assertThat(listing.release().title()).isEmpty();
      assertThat(listing.release().description())
          .isEqualTo("Medieval Steel - Dark Castle (LP, Album)");
    }
  }

  @Nested
  class Orders {

    private void assertTheDocumentedOrder(Order order, OrderStatus status, String shipping) {
      assertThat(order.id()).isEqualTo(OrderId.of("1-1"));
      assertThat(order.status()).isEqualTo(status);
      assertThat(order.nextStatus())
          .hasSize(10)
          .contains(OrderStatus.CANCELLED_PER_BUYERS_REQUEST)
          .allMatch(OrderStatus::isSettable);
      assertThat(order.fee()).contains(money("2.52", Currency.USD));
      assertThat(order.items())
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.listingId()).isEqualTo(ListingId.of(41578242));
                assertThat(item.releaseId()).isEqualTo(ReleaseId.of(1));
                assertThat(item.releaseDescription())
                    .isEqualTo("Persuader, The - Stockholm (2x12\")");
                assertThat(item.price()).contains(money("42.0", Currency.USD));
                assertThat(item.mediaCondition()).isEmpty();
              });
      assertThat(order.shipping().flatMap(s -> s.amount())).contains(money(shipping, Currency.USD));
      assertThat(order.shippingAddress()).startsWith("Example Buyer\n");
      assertThat(order.seller().map(UserRef::username)).contains(SELLER);
      assertThat(order.buyer().map(UserRef::username)).contains(Username.of("example_buyer"));
      assertThat(order.created()).contains(Timestamp.of("2011-10-21T09:25:17"));
    }

    @Test
    void decodesTheDocumentedOrderList() {
      serve("orders/docs-orders-example.json");

      Page<Order> page = marketplace.orders(OrderQuery.all(), PageRequest.first());

      assertThat(page.pagination()).isEqualTo(new Pagination(1, 1, 50, 1));
      assertTheDocumentedOrder(page.items().get(0), OrderStatus.NEW_ORDER, "0.0");
      assertThat(page.items().get(0).total()).contains(money("42.0", Currency.USD));
    }

    @Test
    void decodesTheDocumentedOrder() {
      serve("order/docs-order-1-1-example.json");

      Order order = marketplace.order(OrderId.of("1-1"));

      assertTheDocumentedOrder(order, OrderStatus.NEW_ORDER, "0.0");
      assertThat(order.lastActivity()).contains(Timestamp.of("2011-10-21T09:25:17"));
      assertThat(order.archived()).isEmpty();
    }

    @Test
    void decodesTheDocumentedAnswerToAShippingEdit() {
      serve("order/docs-order-1-1-edit-response-example.json");

      Order order =
          marketplace.editOrder(OrderId.of("1-1"), OrderUpdate.shipping(new BigDecimal("5.00")));

      assertTheDocumentedOrder(order, OrderStatus.INVOICE_SENT, "5.0");
      assertThat(order.total()).contains(money("47.0", Currency.USD));
      assertThat(order.lastActivity()).contains(Timestamp.of("2011-10-22T19:18:53"));
    }
  }

  @Nested
  class OrderMessages {

    @Test
    void decodesTheDocumentedMessagesNewestFirst() {
      serve("order-messages/docs-order-messages-example.json");

      Page<OrderMessage> page = marketplace.orderMessages(OrderId.of("1-1"), PageRequest.first());

      assertThat(page.items()).hasSize(7);
      assertThat(page.pagination().items()).isEqualTo(7);
      OrderMessage newest = page.items().get(0);
      assertThat(newest.from().map(UserRef::username)).contains(SELLER);
      assertThat(newest.order()).contains(OrderId.of("1-1"));
      assertThat(newest.subject()).isEqualTo("Discogs Order #1-1, Stockholm");
      assertThat(newest.message()).startsWith("Seller changed status from Invoice Sent");
      assertThat(newest.timestamp()).contains(Timestamp.of("2011-11-17T14:55:52"));
      assertThat(newest.type().value()).isEmpty();
      assertThat(page.items().get(1).from().map(UserRef::username))
          .contains(Username.of("example_buyer"));
    }

    @Test
    void decodesTheDocumentedAnswerToANewMessage() {
      serve("order-messages/docs-order-message-post-example.json");

      OrderMessage message =
          marketplace.addOrderMessage(
              OrderId.of("1-1"),
              NewOrderMessage.statusChange(OrderStatus.SHIPPED, "tracking number #foobarbaz"));

      assertThat(message.message()).endsWith("tracking number #foobarbaz!");
      assertThat(message.order()).contains(OrderId.of("1-1"));
      assertThat(message.timestamp().flatMap(Timestamp::toOffsetDateTime))
          .contains(OffsetDateTime.of(2011, 11, 18, 15, 32, 42, 0, ZoneOffset.ofHours(-7)));
      assertThat(message.from().map(UserRef::username)).contains(SELLER);
    }
  }

  @Nested
  class FeesSuggestionsAndStats {

    @Test
    void decodesTheRecordedFeeWithItsFloatArtifactKeptExact() {
      serve("fee/fee-20.50-probably-real.json");

      Money fee = marketplace.fee(new BigDecimal("20.50"), Currency.EUR);

      // The body names USD although EUR was asked for: the currency is read, never assumed.
      assertThat(fee.currency()).isEqualTo(Currency.USD);
      assertThat(fee.amount().toPlainString()).isEqualTo("1.5700000000000001");
    }

    @Test
    void decodesTheDocumentedFee() {
      serve("synthetic/fee/fee-docs-corrected.json");

      assertThat(marketplace.fee(new BigDecimal("10"))).isEqualTo(money("0.42", Currency.USD));
    }

    @Test
    void decodesTheDocumentedSuggestionsBestConditionFirst() {
      serve("price-suggestions/docs-price-suggestions-example.json");

      PriceSuggestions suggestions = marketplace.priceSuggestions(ReleaseId.of(10567529));

      assertThat(suggestions.byCondition().keySet())
          .containsExactlyElementsOf(MediaCondition.values());
      assertThat(suggestions.forCondition(MediaCondition.MINT))
          .contains(money("14.319139100000001", Currency.USD));
      assertThat(suggestions.forCondition(MediaCondition.POOR))
          .contains(money("0.7536389000000001", Currency.USD));
    }

    @Test
    void decodesTheRecordedEuroSuggestions() {
      serve("price-suggestions/price-suggestions-eur.json");

      PriceSuggestions suggestions = marketplace.priceSuggestions(ReleaseId.of(1));

      assertThat(suggestions.byCondition()).hasSize(8);
      assertThat(suggestions.forCondition(MediaCondition.NEAR_MINT))
          .contains(money("14.875000000000002", Currency.EUR));
      assertThat(suggestions.forCondition(MediaCondition.GOOD_PLUS))
          .contains(money("4.375", Currency.EUR));
    }

    @Test
    void decodesTheDocumentedStats() {
      serve("marketplace-stats/docs-marketplace-stats-example.json");

      MarketplaceStats stats = marketplace.marketplaceStats(ReleaseId.of(1));

      assertThat(stats.lowestPrice()).contains(money("2.09", Currency.USD));
      assertThat(stats.numForSale()).hasValue(26);
      assertThat(stats.blockedFromSale()).contains(false);
      assertThat(stats.hasCopiesForSale()).isTrue();
    }

    @Test
    void decodesTheRecordedStats() {
      serve("marketplace-stats/marketplace-stats-usd.json");

      MarketplaceStats stats = marketplace.marketplaceStats(ReleaseId.of(1), Currency.USD);

      assertThat(stats.lowestPrice()).contains(money("18.07", Currency.USD));
      assertThat(stats.numForSale()).hasValue(4);
    }
  }

  @Nested
  class Exports {

    @Test
    void decodesTheDocumentedExport() {
      serve("inventory-exports/docs-inventory-export-599632-example.json");

      InventoryExport export = inventory.export(ExportId.of(599632));

      assertThat(export.id()).isEqualTo(ExportId.of(599632));
      assertThat(export.status()).isEqualTo(JobStatus.SUCCESS);
      assertThat(export.isReady()).isTrue();
      assertThat(export.created()).contains(Timestamp.of("2018-09-27T12:50:39"));
      assertThat(export.finished().flatMap(Timestamp::toOffsetDateTime))
          .contains(OffsetDateTime.of(2018, 9, 27, 12, 59, 2, 0, ZoneOffset.UTC));
      assertThat(export.filename()).contains("example_user-inventory-20180927-1259.csv");
      assertThat(export.downloadUrl())
          .contains("https://api.discogs.com/inventory/export/599632/download");
    }

    @Test
    void decodesTheDocumentedExportList() {
      serve("inventory-exports/docs-inventory-exports-example.json");

      Page<InventoryExport> page = inventory.exports(PageRequest.first());

      assertThat(page.items())
          .singleElement()
          .satisfies(e -> assertThat(e.id().value()).isEqualTo(599632));
      assertThat(page.pagination().items()).isEqualTo(15);
    }
  }

  @Nested
  class Uploads {

    @Test
    void decodesTheDocumentedUploadWithItsTextReport() {
      serve("inventory-uploads/docs-inventory-upload-example.json");

      InventoryUpload upload = inventory.upload(UploadId.of(119615));

      assertThat(upload.status()).isEqualTo(JobStatus.SUCCESS);
      assertThat(upload.type()).isEqualTo(UploadType.CHANGE);
      assertThat(upload.filename()).isEqualTo("add.csv");
      assertThat(upload.results().text())
          .isEqualTo("CSV file contains 1 records.<p>Processed 1 records.");
      assertThat(upload.results().isStructured()).isFalse();
      assertThat(upload.finished()).contains(Timestamp.of("2017-12-18T09:20:29"));
    }

    @Test
    void decodesTheDocumentedUploadList() {
      serve("inventory-uploads/docs-inventory-uploads-example.json");

      Page<InventoryUpload> page = inventory.uploads(PageRequest.first());

      assertThat(page.items())
          .singleElement()
          .satisfies(u -> assertThat(u.id()).isEqualTo(UploadId.of(119615)));
      assertThat(page.pagination()).isEqualTo(new Pagination(1, 1, 50, 1));
    }
  }

  @Nested
  class Errors {

    @Test
    void decodesTheInvalidInventoryStatusAsABadRequestWithItsMessage() {
      server.enqueue(
          ScriptedResponse.json(422, "")
              .withBody(Fixtures.bytes("errors/422-invalid-inventory-status.json")));

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(
              () ->
                  marketplace.inventory(
                      SELLER,
                      InventoryQuery.all().withStatus(ListingStatus.of("bad")),
                      PageRequest.first()))
          .satisfies(
              error -> {
                assertThat(error.status()).isEqualTo(422);
                assertThat(error.serverMessage())
                    .isEqualTo(
                        "Invalid status: expected one of All, Deleted, Draft, Expired, For Sale,"
                            + " Sold, Suspended, Violation.");
              });
      assertThat(server.onlyRequest().query()).containsEntry("status", "bad");
    }
  }
}
