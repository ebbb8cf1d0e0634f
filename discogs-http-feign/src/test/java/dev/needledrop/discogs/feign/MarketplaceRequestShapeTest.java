package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.InventoryQuery;
import dev.needledrop.discogs.api.InventorySort;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.OrderQuery;
import dev.needledrop.discogs.api.OrderSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.error.ConflictException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.feign.testing.CaseClientTest;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.InventoryCsv;
import dev.needledrop.discogs.model.inventory.RequestedExport;
import dev.needledrop.discogs.model.inventory.SubmittedUpload;
import dev.needledrop.discogs.model.inventory.UploadId;
import dev.needledrop.discogs.model.inventory.UploadType;
import dev.needledrop.discogs.model.marketplace.ListingDraft;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.NewOrderMessage;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.OrderUpdate;
import dev.needledrop.discogs.paging.PageRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Pins the request every Marketplace and Inventory method sends: method, path, query, headers and
 * body (reference §8.5–§8.7), and how the raw answers of job requests and downloads are read.
 */
class MarketplaceRequestShapeTest extends CaseClientTest {

  private static final String ORDER = "{\"id\": \"1-1\"}";
  private static final String PAGE = "{\"pagination\": {\"page\": 1, \"pages\": 1}}";

  private MarketplaceApi marketplace;
  private InventoryApi inventory;

  @BeforeEach
  void openSections() {
    marketplace = discogs.marketplace();
    inventory = discogs.inventory();
  }

  private RecordedRequest answer(ScriptedResponse response, Runnable call) {
    server.enqueue(response);
    call.run();
    return server.onlyRequest();
  }

  private RecordedRequest answer(String json, Runnable call) {
    return answer(ScriptedResponse.ok(json), call);
  }

  private static ScriptedResponse located(int status, String location) {
    return ScriptedResponse.json(status, "").withHeader("Location", location);
  }

  @Nested
  class Inventories {

    @Test
    void sendsTheStatusFilterAndSortWithThePageAndEncodesTheSeller() {
      InventoryQuery query =
          InventoryQuery.all()
              .withStatus(ListingStatus.FOR_SALE)
              .sortedBy(Sort.descending(InventorySort.PRICE));

      RecordedRequest request =
          answer(
              PAGE,
              () -> marketplace.inventory(Username.of("dj a/b"), query, PageRequest.of(2, 25)));

      assertThat(request.requestLine())
          .isEqualTo(
              "GET /users/dj%20a%2Fb/inventory?status=For%20Sale&sort=price&sort_order=desc"
                  + "&page=2&per_page=25");
    }

    @Test
    void sendsOnlyThePageWhenNothingIsFiltered() {
      RecordedRequest request =
          answer(
              PAGE,
              () ->
                  marketplace.inventory(
                      Username.of("example_seller"), InventoryQuery.all(), PageRequest.first()));

      assertThat(request.query()).containsOnlyKeys("page", "per_page");
    }
  }

  @Nested
  class Listings {

    private static final String LISTING =
        "{\"id\": 3000001, \"seller\": {\"username\": \"s\"}, \"release\": {\"id\": 1}}";

    @Test
    void asksForAListingInTheCallersCurrencyByDefault() {
      RecordedRequest request = answer(LISTING, () -> marketplace.listing(ListingId.of(3000001)));

      assertThat(request.requestLine()).isEqualTo("GET /marketplace/listings/3000001");
    }

    @Test
    void asksForAListingInAGivenCurrency() {
      RecordedRequest request =
          answer(LISTING, () -> marketplace.listing(ListingId.of(3000001), Currency.JPY));

      assertThat(request.requestLine())
          .isEqualTo("GET /marketplace/listings/3000001?curr_abbr=JPY");
    }

    @Test
    void refusesACurrencyDiscogsDoesNotTradeInBeforeSending() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> marketplace.listing(ListingId.of(1), Currency.of("XAU")));
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void deletesWithADeleteAndReadsTheEmptyAnswer() {
      RecordedRequest request =
          answer(
              ScriptedResponse.empty(204, Map.of()),
              () -> marketplace.deleteListing(ListingId.of(3000001)));

      assertThat(request.requestLine()).isEqualTo("DELETE /marketplace/listings/3000001");
    }

    @Test
    void sendsACreateOnceEvenWhenTheServerFails() {
      server.enqueue(ScriptedResponse.json(500, "{\"message\": \"boom\"}"));
      ListingDraft draft =
          ListingDraft.builder(ReleaseId.of(1), MediaCondition.MINT, BigDecimal.TEN).build();

      assertThatExceptionOfType(ServerErrorException.class)
          .isThrownBy(() -> marketplace.createListing(draft));
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Nested
  class Orders {

    @Test
    void sendsEveryFilterWithTheInstantsInUtcToTheSecond() {
      OrderQuery query =
          OrderQuery.all()
              .withStatus(OrderStatus.CANCELLED_PER_BUYERS_REQUEST)
              .createdAfter(Instant.parse("2019-06-24T20:58:58.123Z"))
              .createdBefore(Instant.parse("2019-07-01T00:00:00Z"))
              .archived(false)
              .sortedBy(Sort.ascending(OrderSort.LAST_ACTIVITY));

      RecordedRequest request = answer(PAGE, () -> marketplace.orders(query, PageRequest.first()));

      assertThat(request.rawPath()).isEqualTo("/marketplace/orders");
      assertThat(request.query())
          .containsEntry("status", "Cancelled (Per Buyer's Request)")
          .containsEntry("created_after", "2019-06-24T20:58:58Z")
          .containsEntry("created_before", "2019-07-01T00:00:00Z")
          .containsEntry("archived", "false")
          .containsEntry("sort", "last_activity")
          .containsEntry("sort_order", "asc");
      assertThat(request.rawQuery()).contains("status=Cancelled%20%28Per%20Buyer%27s%20Request%29");
    }

    @Test
    void readsAnOrderByItsTextId() {
      RecordedRequest request = answer(ORDER, () -> marketplace.order(OrderId.of("1234567-3")));

      assertThat(request.requestLine()).isEqualTo("GET /marketplace/orders/1234567-3");
    }

    @Test
    void sendsAStatusChangeAloneAsJson() {
      RecordedRequest request =
          answer(
              ORDER,
              () ->
                  marketplace.editOrder(
                      OrderId.of("1-1"), OrderUpdate.status(OrderStatus.SHIPPED)));

      assertThat(request.requestLine()).isEqualTo("POST /marketplace/orders/1-1");
      assertThat(request.header("Content-Type")).contains("application/json");
      assertThat(request.bodyText()).isEqualTo("{\"status\":\"Shipped\"}");
    }

    @Test
    void refusesToMoveAnOrderToAStatusItsNextStatusesLackBeforeEditing() {
      server.enqueue(
          ScriptedResponse.ok(
              "{\"id\": \"1-1\", \"status\": \"New Order\", \"next_status\": [\"Invoice Sent\"]}"));

      assertThatIllegalArgumentException()
          .isThrownBy(() -> marketplace.changeOrderStatus(OrderId.of("1-1"), OrderStatus.SHIPPED))
          .withMessageContaining("cannot move from 'New Order' to 'Shipped'")
          .withMessageContaining("Invoice Sent");
      assertThat(server.onlyRequest().method()).isEqualTo("GET");
    }

    @Test
    void movesAnOrderToANextStatusWithOneReadAndOneEdit() {
      server.enqueue(
          ScriptedResponse.ok(
              "{\"id\": \"1-1\", \"status\": \"New Order\", \"next_status\": [\"Invoice Sent\"]}"),
          ScriptedResponse.ok("{\"id\": \"1-1\", \"status\": \"Invoice Sent\"}"));

      var order = marketplace.changeOrderStatus(OrderId.of("1-1"), OrderStatus.INVOICE_SENT);

      assertThat(order.status()).isEqualTo(OrderStatus.INVOICE_SENT);
      assertThat(server.requests().get(1).bodyText()).isEqualTo("{\"status\":\"Invoice Sent\"}");
    }

    @Test
    void readsTheMessagesPageByPage() {
      RecordedRequest request =
          answer(PAGE, () -> marketplace.orderMessages(OrderId.of("1-1"), PageRequest.of(3, 10)));

      assertThat(request.requestLine())
          .isEqualTo("GET /marketplace/orders/1-1/messages?page=3&per_page=10");
    }

    @Test
    void sendsANewMessageWithItsStatusOnce() {
      server.enqueue(ScriptedResponse.json(500, "{\"message\": \"boom\"}"));

      assertThatExceptionOfType(ServerErrorException.class)
          .isThrownBy(
              () ->
                  marketplace.addOrderMessage(
                      OrderId.of("1-1"),
                      NewOrderMessage.statusChange(OrderStatus.SHIPPED, "On its way")));

      RecordedRequest request = server.onlyRequest();
      assertThat(request.requestLine()).isEqualTo("POST /marketplace/orders/1-1/messages");
      assertThat(request.bodyText())
          .isEqualTo("{\"message\":\"On its way\",\"status\":\"Shipped\"}");
    }
  }

  @Nested
  class FeesSuggestionsAndStats {

    @Test
    void asksForTheFeeInDollarsWithThePriceInCents() {
      RecordedRequest request =
          answer(
              "{\"value\": 0.42, \"currency\": \"USD\"}",
              () -> marketplace.fee(new BigDecimal("10")));

      assertThat(request.requestLine()).isEqualTo("GET /marketplace/fee/10.00");
    }

    @Test
    void keepsAPricesExtraDecimalsInThePath() {
      RecordedRequest request =
          answer(
              "{\"value\": 1.57, \"currency\": \"USD\"}",
              () -> marketplace.fee(new BigDecimal("20.5000"), Currency.USD));

      assertThat(request.requestLine()).isEqualTo("GET /marketplace/fee/20.5000/USD");
    }

    @Test
    void refusesANegativePriceBeforeSending() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> marketplace.fee(new BigDecimal("-1")))
          .withMessageContaining("price must not be negative");
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void asksForSuggestionsAndStats() {
      server.enqueue(ScriptedResponse.ok("{}"), ScriptedResponse.ok("{\"num_for_sale\": null}"));

      assertThat(marketplace.priceSuggestions(ReleaseId.of(249504)).isEmpty()).isTrue();
      assertThat(marketplace.marketplaceStats(ReleaseId.of(249504), Currency.GBP).numForSale())
          .isEmpty();

      assertThat(server.requests())
          .extracting(RecordedRequest::requestLine)
          .containsExactly(
              "GET /marketplace/price_suggestions/249504",
              "GET /marketplace/stats/249504?curr_abbr=GBP");
    }
  }

  @Nested
  class Exports {

    @Test
    void requestsAnExportWithAnEmptyPostAndReadsItsLocation() {
      String location = server.baseUrl() + "/inventory/export/600001";
      server.enqueue(located(200, location));

      RequestedExport requested = inventory.requestExport();

      assertThat(requested.id()).isEqualTo(ExportId.of(600001));
      assertThat(requested.location()).isEqualTo(URI.create(location));
      RecordedRequest request = server.onlyRequest();
      assertThat(request.requestLine()).isEqualTo("POST /inventory/export");
      assertThat(request.body()).isEmpty();
    }

    @Test
    void acceptsACreatedAnswerAndARelativeLocation() {
      server.enqueue(located(201, "/inventory/export/77/"));

      assertThat(inventory.requestExport().id()).isEqualTo(ExportId.of(77));
    }

    @Test
    void reportsAnAnswerWithoutLocationAsUnreadable() {
      server.enqueue(ScriptedResponse.ok("{\"id\": 5}"));

      assertThatExceptionOfType(UnreadableResponseException.class)
          .isThrownBy(() -> inventory.requestExport())
          .withMessageContaining("no Location header");
    }

    @Test
    void raisesAConflictWhenAnExportIsAlreadyRunning() {
      server.enqueue(ScriptedResponse.json(409, "{\"message\": \"An export is in progress.\"}"));

      assertThatExceptionOfType(ConflictException.class)
          .isThrownBy(() -> inventory.requestExport())
          .satisfies(e -> assertThat(e.serverMessage()).isEqualTo("An export is in progress."));
      assertThat(server.requests()).hasSize(1);
    }

    @Test
    void asksWhetherAnExportChangedSinceAnInstant() {
      server.enqueue(ScriptedResponse.empty(304, Map.of()));

      var export =
          inventory.exportIfModifiedSince(ExportId.of(599), Instant.parse("1994-11-06T08:49:37Z"));

      assertThat(export).isEmpty();
      RecordedRequest request = server.onlyRequest();
      assertThat(request.requestLine()).isEqualTo("GET /inventory/export/599");
      assertThat(request.header("If-Modified-Since")).contains("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    @Test
    void returnsTheExportWhenItChanged() {
      server.enqueue(ScriptedResponse.ok("{\"id\": 599, \"status\": \"success\"}"));

      var export = inventory.exportIfModifiedSince(ExportId.of(599), Instant.EPOCH);

      assertThat(export).hasValueSatisfying(e -> assertThat(e.isReady()).isTrue());
      assertThat(server.onlyRequest().header("If-Modified-Since"))
          .contains("Thu, 01 Jan 1970 00:00:00 GMT");
    }

    @Test
    void sendsNoConditionForAPlainRead() {
      RecordedRequest request = answer("{\"id\": 599}", () -> inventory.export(ExportId.of(599)));

      assertThat(request.header("If-Modified-Since")).isEmpty();
    }

    @Test
    void raisesTheErrorOfAFailedDownload() {
      server.enqueue(
          ScriptedResponse.json(404, "{\"message\": \"The requested resource was not found.\"}"));

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> inventory.downloadExport(ExportId.of(1)))
          .satisfies(e -> assertThat(e.path()).isEqualTo("/inventory/export/1/download"));
    }
  }

  @Nested
  class Uploads {

    private final InventoryCsv csv =
        InventoryCsv.of("add.csv", "release_id,price,media_condition\n1,9.99,Mint (M)\n");

    @Test
    void uploadsTheCsvAsTheMultipartPartNamedUploadAndReadsItsLocation() {
      server.enqueue(located(200, "https://api.discogs.com/inventory/upload/120001"));

      SubmittedUpload submitted = inventory.addListings(csv);

      assertThat(submitted.id()).isEqualTo(UploadId.of(120001));
      RecordedRequest request = server.onlyRequest();
      assertThat(request.requestLine()).isEqualTo("POST /inventory/upload/add");
      String contentType = request.header("Content-Type").orElseThrow();
      assertThat(contentType).startsWith("multipart/form-data; boundary=");
      String boundary = contentType.substring(contentType.indexOf('=') + 1);
      assertThat(request.bodyText())
          .isEqualTo(
              "--"
                  + boundary
                  + "\r\n"
                  + "Content-Disposition: form-data; name=\"upload\"; filename=\"add.csv\"\r\n"
                  + "Content-Type: text/csv\r\n\r\n"
                  + csv.text()
                  + "\r\n--"
                  + boundary
                  + "--\r\n");
    }

    @Test
    void sendsTheBytesOfTheFileUntouched() {
      byte[] latin1 = "release_id,comments\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
      server.enqueue(located(200, "/inventory/upload/5"));

      inventory.changeListings(InventoryCsv.of("change.csv", latin1));

      byte[] body = server.onlyRequest().body();
      assertThat(new String(body, StandardCharsets.ISO_8859_1))
          .contains(new String(latin1, StandardCharsets.ISO_8859_1));
      assertThat(server.onlyRequest().rawPath()).isEqualTo("/inventory/upload/change");
    }

    @Test
    void uploadsDeletionsToTheirOwnPath() {
      server.enqueue(located(200, "/inventory/upload/6"));

      inventory.deleteListings(InventoryCsv.of("delete.csv", "listing_id\n3000001\n"));

      assertThat(server.onlyRequest().rawPath()).isEqualTo("/inventory/upload/delete");
    }

    @Test
    void refusesAnUnknownUploadTypeBeforeSending() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> inventory.submitUpload(UploadType.of("replace"), csv))
          .withMessage("type must be one of add, change, delete, but was 'replace'");
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void asksWhetherAnUploadChangedSinceAnInstant() {
      server.enqueue(ScriptedResponse.empty(304, Map.of()));

      assertThat(inventory.uploadIfModifiedSince(UploadId.of(119615), Instant.EPOCH)).isEmpty();
      assertThat(server.onlyRequest().requestLine()).isEqualTo("GET /inventory/upload/119615");
    }

    @Test
    void listsUploadsAndExportsPageByPage() {
      server.enqueue(ScriptedResponse.ok(PAGE), ScriptedResponse.ok(PAGE));

      inventory.uploads(PageRequest.of(2, 5));
      inventory.exports(PageRequest.of(1, 100));

      assertThat(server.requests())
          .extracting(RecordedRequest::requestLine)
          .containsExactly(
              "GET /inventory/upload?page=2&per_page=5",
              "GET /inventory/export?page=1&per_page=100");
    }
  }
}
