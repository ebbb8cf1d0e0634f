package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.feign.testing.BugCase;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Download;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.InventoryExport;
import dev.needledrop.discogs.model.inventory.InventoryUpload;
import dev.needledrop.discogs.model.inventory.JobStatus;
import dev.needledrop.discogs.model.inventory.UploadId;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingDraft;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderUpdate;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the marketplace and inventory bug cases ({@code src/test/resources/cases}) through the
 * real adapter against a local {@link CaseServer}: each nested class is one case, asserting its
 * expectation and, beyond the one recorded input, the whole kind of input it stands for.
 */
class MarketplaceCaseReplayTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private CaseServer server;
  private Discogs discogs;

  @BeforeEach
  void start() {
    server = CaseServer.start();
    discogs = TestClients.with(server, PersonalAccessToken.of("case-token"));
  }

  @AfterEach
  void stop() {
    discogs.close();
    server.close();
  }

  private static JsonNode json(RecordedRequest request) throws IOException {
    return JSON.readTree(request.body());
  }

  @Nested
  @DisplayName("B34: listing create sends JSON; a 400 is a bad request, not retried")
  class B34 {

    private final BugCase bugCase = BugCase.load("B34");

    private ListingDraft draft() {
      return ListingDraft.builder(
              ReleaseId.of(249504), MediaCondition.VERY_GOOD_PLUS, new BigDecimal("21.00"))
          .build();
    }

    @Test
    void sendsAJsonBodyWithTheRequiredFieldsAndRaisesTheBadRequestOnce() throws IOException {
      server.enqueue(bugCase.response());

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> discogs.marketplace().createListing(draft()))
          .satisfies(
              error -> {
                assertThat(error.status()).isEqualTo(400);
                assertThat(error.serverMessage()).isEqualTo("Request body must be JSON.");
              });
      RecordedRequest request = server.onlyRequest();
      assertThat(request.method()).isEqualTo(bugCase.method());
      assertThat(request.rawPath()).isEqualTo(bugCase.path());
      assertThat(request.header("Content-Type")).contains("application/json");
      JsonNode body = json(request);
      assertThat(body.path("release_id").isIntegralNumber()).isTrue();
      assertThat(body.path("release_id").asLong()).isEqualTo(249504);
      assertThat(body.path("condition").asText()).isEqualTo("Very Good Plus (VG+)");
      assertThat(body.path("price").isNumber()).isTrue();
      assertThat(body.path("status").asText()).isEqualTo("For Sale");
    }

    @Test
    void sendsEveryOptionalPartUnderItsWireNameAndLeavesOutWhatWasNotGiven() throws IOException {
      server.enqueue(
          ScriptedResponse.json(201, "{\"listing_id\": 987654321, \"resource_url\": \"x\"}"));
      ListingDraft full =
          draft().toBuilder()
              .sleeveCondition(SleeveCondition.NOT_GRADED)
              .comments("Plays fine.")
              .allowOffers(true)
              .externalId("shelf-7")
              .location("Box 4")
              .weight(230)
              .autoFormatQuantity()
              .build();

      ListingId created = discogs.marketplace().createListing(full);

      assertThat(created).isEqualTo(ListingId.of(987654321));
      JsonNode body = json(server.onlyRequest());
      assertThat(body.path("sleeve_condition").asText()).isEqualTo("Not Graded");
      assertThat(body.path("comments").asText()).isEqualTo("Plays fine.");
      assertThat(body.path("allow_offers").asBoolean()).isTrue();
      assertThat(body.path("external_id").asText()).isEqualTo("shelf-7");
      assertThat(body.path("location").asText()).isEqualTo("Box 4");
      assertThat(body.path("weight").isInt()).isTrue();
      assertThat(body.path("weight").asInt()).isEqualTo(230);
      assertThat(body.path("format_quantity").asText()).isEqualTo("auto");
      assertThat(json(server.onlyRequest()).size()).isEqualTo(11);
    }

    @Test
    void sendsTheMinimalDraftWithoutNullsOrEmptyOptionalParts() throws IOException {
      server.enqueue(ScriptedResponse.json(201, "{\"listing_id\": 5}"));

      discogs.marketplace().createListing(draft());

      JsonNode body = json(server.onlyRequest());
      assertThat(body.properties())
          .extracting(Map.Entry::getKey)
          .containsExactlyInAnyOrder("release_id", "condition", "price", "status");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 422})
    void raisesEveryRefusalOfAWriteOnceWithTheServersMessage(int status) {
      server.enqueue(ScriptedResponse.json(status, "{\"message\": \"Invalid condition.\"}"));

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> discogs.marketplace().editListing(ListingId.of(3000001), draft()))
          .satisfies(error -> assertThat(error.serverMessage()).isEqualTo("Invalid condition."));
      assertThat(server.requests()).hasSize(1);
      assertThat(server.onlyRequest().header("Content-Type")).contains("application/json");
    }
  }

  @Nested
  @DisplayName("B38: money stays exact, read and written")
  class B38 {

    private final BugCase bugCase = BugCase.load("B38");

    private Listing replay() {
      server.enqueue(bugCase.response());
      Listing listing = discogs.marketplace().listing(ListingId.of(3000001));
      assertThat(server.requests().get(0).requestLine())
          .isEqualTo(bugCase.method() + " " + bugCase.path());
      return listing;
    }

    @Test
    void readsEveryAmountExactlyAndTheConditionsVerbatim() {
      Listing listing = replay();

      assertThat(listing.price().orElseThrow().amount()).isEqualByComparingTo("21.00");
      assertThat(listing.price().orElseThrow().currency()).isEqualTo(Currency.EUR);
      assertThat(listing.shippingPrice().orElseThrow().amount()).isEqualByComparingTo("4.50");
      assertThat(listing.originalPrice().orElseThrow().amount())
          .isEqualTo(Money.of("21.0", Currency.EUR));
      assertThat(listing.originalPrice().orElseThrow().formatted()).isEqualTo("€21.00");
      assertThat(listing.originalShippingPrice().orElseThrow().amount())
          .isEqualTo(Money.of("4.5", Currency.EUR));
      assertThat(listing.condition().value()).isEqualTo("Very Good Plus (VG+)");
      assertThat(listing.sleeveCondition()).contains(SleeveCondition.GENERIC);
    }

    @Test
    void sendsTheEditedPriceAsAJsonNumberWithItsDecimals() {
      Listing listing = replay();
      server.enqueue(ScriptedResponse.empty(204, Map.of()));

      discogs
          .marketplace()
          .editListing(
              listing.id(), ListingDraft.from(listing).price(new BigDecimal("22.50")).build());

      RecordedRequest edit = server.requests().get(1);
      assertThat(edit.requestLine()).isEqualTo("POST /marketplace/listings/3000001");
      assertThat(edit.bodyText()).contains("\"price\":22.50").doesNotContain("\"22.5");
      assertThat(edit.bodyText()).contains("\"condition\":\"Very Good Plus (VG+)\"");
      assertThat(edit.bodyText()).contains("\"sleeve_condition\":\"Generic\"");
      assertThat(edit.bodyText()).contains("\"release_id\":9000070");
    }

    @ParameterizedTest(name = "{0} is sent as {1}")
    @CsvSource({
      "22.50, 22.50",
      "22.5, 22.5",
      "0.01, 0.01",
      "1E+3, 1000",
      "1234567.89, 1234567.89",
      "0.010, 0.010",
      "2.25E1, 22.5"
    })
    void sendsEveryPriceAsAPlainNumberNeverTextCommaOrExponent(String price, String sent) {
      server.enqueue(ScriptedResponse.json(201, "{\"listing_id\": 5}"));
      ListingDraft draft =
          ListingDraft.builder(ReleaseId.of(1), MediaCondition.MINT, new BigDecimal(price)).build();

      discogs.marketplace().createListing(draft);

      String body = server.onlyRequest().bodyText();
      Matcher sentPrice = Pattern.compile("\"price\":([^,}]*)").matcher(body);
      assertThat(sentPrice.find()).isTrue();
      assertThat(sentPrice.group(1)).isEqualTo(sent).matches("\\d+(\\.\\d+)?");
    }

    @ParameterizedTest(name = "shipping {0}")
    @ValueSource(strings = {"5.00", "0", "12.5", "1E+2"})
    void sendsTheShippingOfAnOrderEditAsAPlainNumber(String shipping) {
      server.enqueue(ScriptedResponse.ok("{\"id\": \"1-1\"}"));

      discogs
          .marketplace()
          .editOrder(OrderId.of("1-1"), OrderUpdate.shipping(new BigDecimal(shipping)));

      String expected =
          new BigDecimal(shipping).scale() < 0
              ? new BigDecimal(shipping).setScale(0).toPlainString()
              : shipping;
      assertThat(server.onlyRequest().bodyText()).isEqualTo("{\"shipping\":" + expected + "}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {"21.00", "4.5", "0.0000001", "89.34117647058824", "1E+2", "100000000.01"})
    void readsEveryAmountOfAListingWithTheDigitsSent(String amount) {
      String body =
          bugCase
              .bodyText()
              .replace("\"value\":21.0", "\"value\":" + amount)
              .replace("\"value\":4.5", "\"value\":" + amount);
      server.enqueue(bugCase.responseWithBody(body));

      Listing listing = discogs.marketplace().listing(ListingId.of(3000001));

      BigDecimal expected = new BigDecimal(amount);
      assertThat(listing.price().orElseThrow().amount()).isEqualTo(expected);
      assertThat(listing.shippingPrice().orElseThrow().amount()).isEqualTo(expected);
      assertThat(listing.originalPrice().orElseThrow().amount().amount()).isEqualTo(expected);
      assertThat(listing.originalShippingPrice().orElseThrow().amount().amount())
          .isEqualTo(expected);
    }

    @Test
    void sendsTheFeePriceInThePathWithCents() {
      server.enqueue(ScriptedResponse.ok("{\"value\": 0.42, \"currency\": \"USD\"}"));

      discogs.marketplace().fee(new BigDecimal("1E+1"), Currency.EUR);

      assertThat(server.onlyRequest().requestLine()).isEqualTo("GET /marketplace/fee/10.00/EUR");
    }
  }

  @Nested
  @DisplayName("B39: a running job's empty fields, and a CSV download never parsed")
  class B39 {

    private final BugCase bugCase = BugCase.load("B39");

    @Test
    void readsTheRunningExportWithItsFileDetailsAbsentThenDownloadsTheCsvAsSent() {
      server.enqueue(bugCase.response());
      InventoryExport export = discogs.inventory().export(ExportId.of(599));

      assertThat(export.status()).isEqualTo(JobStatus.IN_PROGRESS);
      assertThat(export.status().isFinished()).isFalse();
      assertThat(export.finished()).isEmpty();
      assertThat(export.downloadUrl()).isEmpty();
      assertThat(export.filename()).isEmpty();
      assertThat(export.created()).isPresent();
      assertThat(server.requests().get(0).requestLine())
          .isEqualTo(bugCase.method() + " " + bugCase.path());

      String csv = "listing_id,price,media_condition\n3000001,21.00,\"Very Good Plus (VG+)\"\n";
      server.enqueue(csv(csv));
      try (Download download = discogs.inventory().downloadExport(ExportId.of(599))) {
        assertThat(download.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(download.filename()).contains("example_user-inventory.csv");
        assertThat(new String(download.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(csv);
      }
      assertThat(server.requests().get(1).requestLine())
          .isEqualTo("GET /inventory/export/599/download");
    }

    @ParameterizedTest(name = "body {index}")
    @ValueSource(
        strings = {
          "{\"not\": \"json to parse\"}",
          "",
          "[1, 2",
          "<html>not csv either</html>",
          "listing_id\n"
        })
    void returnsEveryDownloadBodyExactlyAsSentWhateverItHolds(String body) {
      server.enqueue(csv(body).withHeader("Content-Type", "application/json"));

      byte[] bytes = discogs.inventory().downloadExport(ExportId.of(599)).readAllBytes();

      assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(body);
    }

    @Test
    void streamsALargeGzippedCsvToAFile(@TempDir Path folder) throws IOException {
      String csv = "listing_id,price\n" + "3000001,21.00\n".repeat(20_000);
      server.enqueue(csv(csv).gzipped());
      Path target = folder.resolve("export.csv");

      long written = discogs.inventory().downloadExport(ExportId.of(599), target);

      assertThat(written).isEqualTo(csv.length());
      assertThat(Files.readString(target)).isEqualTo(csv);
    }

    @Test
    void readsEveryNullableFieldOfAnUploadAsAbsent() {
      server.enqueue(
          ScriptedResponse.ok(
              "{\"id\": 7, \"status\": \"in progress\", \"type\": \"add\", \"filename\": null,"
                  + " \"created_ts\": null, \"finished_ts\": null, \"results\": null}"));

      InventoryUpload upload = discogs.inventory().upload(UploadId.of(7));

      assertThat(upload.status()).isEqualTo(JobStatus.IN_PROGRESS);
      assertThat(upload.filename()).isEmpty();
      assertThat(upload.created()).isEmpty();
      assertThat(upload.finished()).isEmpty();
      assertThat(upload.results().isEmpty()).isTrue();
    }

    @Test
    void readsAnUploadReportSentAsAnObject() {
      server.enqueue(
          ScriptedResponse.ok(
              "{\"id\": 8, \"status\": \"success\", \"type\": \"change\","
                  + " \"results\": {\"processed\": 2, \"summary\": \"ok\", \"errors\": []}}"));

      InventoryUpload upload = discogs.inventory().upload(UploadId.of(8));

      assertThat(upload.results().isStructured()).isTrue();
      assertThat(upload.results().fields())
          .containsExactly(
              Map.entry("processed", "2"), Map.entry("summary", "ok"), Map.entry("errors", "[]"));
    }

    @Test
    void readsAnExportWithEveryFieldMissingButItsId() {
      server.enqueue(ScriptedResponse.ok("{\"id\": 600}"));

      InventoryExport export = discogs.inventory().export(ExportId.of(600));

      assertThat(export.status().value()).isEmpty();
      assertThat(export.created()).isEmpty();
      assertThat(export.isReady()).isFalse();
    }

    private ScriptedResponse csv(String body) {
      return ScriptedResponse.ok(body)
          .withHeader("Content-Type", "text/csv; charset=utf-8")
          .withHeader("Content-Disposition", "attachment; filename=example_user-inventory.csv");
    }
  }
}
