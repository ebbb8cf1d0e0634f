package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.Community;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The kinds of oddity Discogs responses carry, each proven for the whole kind rather than for one
 * field: minimal objects, nulls and junk in numbers, single values for lists, references without
 * ids, and bodies that cannot be read at all.
 */
class TolerantDecodingTest {

  private CaseServer server;
  private Discogs discogs;
  private DatabaseApi database;

  @BeforeEach
  void start() {
    server = CaseServer.start();
    discogs = TestClients.user(server);
    database = discogs.database();
  }

  @AfterEach
  void stop() {
    discogs.close();
    server.close();
  }

  private void serve(String json) {
    server.enqueue(ScriptedResponse.ok(json));
  }

  @Nested
  class MinimalObjects {

    @Test
    void readsAReleaseHoldingOnlyItsId() {
      serve("{\"id\": 5}");

      Release release = database.release(ReleaseId.of(5));

      assertThat(release.title()).isEmpty();
      assertThat(release.tracklist()).isEmpty();
      assertThat(release.community()).isEqualTo(Community.EMPTY);
      assertThat(release.year()).isEmpty();
      assertThat(release.released().isAbsent()).isTrue();
      assertThat(release.masterId()).isEmpty();
      assertThat(release.dateAdded()).isEmpty();
      assertThat(release.formatQuantity()).isEmpty();
      assertThat(release.blockedFromSale()).isEmpty();
    }

    @Test
    void readsAReleaseWhoseEveryFieldIsNull() {
      serve(
          "{\"id\": 5, \"title\": null, \"artists\": null, \"labels\": null, \"formats\": null,"
              + " \"tracklist\": null, \"community\": null, \"year\": null, \"released\": null,"
              + " \"master_id\": null, \"date_added\": null, \"num_for_sale\": null,"
              + " \"lowest_price\": null, \"estimated_weight\": null, \"is_offensive\": null}");

      Release release = database.release(ReleaseId.of(5));

      assertThat(release.artists()).isEmpty();
      assertThat(release.numForSale()).isEmpty();
      assertThat(release.offensive()).isEmpty();
    }

    @Test
    void readsOtherObjectsHoldingOnlyTheirIds() {
      serve("{\"id\": 1, \"main_release\": 2}");
      serve("{\"id\": 3}");
      serve("{\"id\": 4}");

      Master master = database.master(MasterId.of(1));
      Artist artist = database.artist(ArtistId.of(3));
      Label label = database.label(LabelId.of(4));

      assertThat(master.mainRelease()).isEqualTo(ReleaseId.of(2));
      assertThat(master.tracklist()).isEmpty();
      assertThat(artist.members()).isEmpty();
      assertThat(label.parentLabel()).isEmpty();
    }

    @Test
    void readsAListingWithoutPaginationAsItsOnlyPage() {
      serve("{\"versions\": [{\"id\": 10}, {\"id\": 11}]}");

      Page<?> page =
          database.masterVersions(MasterId.of(1), MasterVersionsQuery.all(), PageRequest.first());

      assertThat(page.items()).hasSize(2);
      assertThat(page.pagination()).isEqualTo(Pagination.single(2));
      assertThat(page.hasNext()).isFalse();
    }

    @Test
    void readsAnEmptyObjectAsAnEmptyPage() {
      serve("{}");

      Page<SearchResult> page = database.search(SearchQuery.text("x"), PageRequest.first());

      assertThat(page.items()).isEmpty();
      assertThat(page.hasNext()).isFalse();
    }
  }

  @Nested
  class Numbers {

    @ParameterizedTest(name = "year {0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "1990 | 1990",
          "\"1990\" | 1990",
          "\" 1990 \" | 1990",
          "1990.0 | 1990",
          "0 | ",
          "\"\" | ",
          "\"unknown\" | ",
          "null | ",
          "{} | ",
          "[] | ",
          "true | ",
          "99999999999 | "
        })
    void readsAnyYearShapeAndAnythingOddAsAbsent(String wire, Integer year) {
      serve("{\"id\": 5, \"year\": " + wire + "}");

      Release release = database.release(ReleaseId.of(5));

      assertThat(release.year())
          .isEqualTo(year == null ? OptionalInt.empty() : OptionalInt.of(year));
    }

    @ParameterizedTest(name = "lowest_price {0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "12.50 | 12.50",
          "\"12.50\" | 12.50",
          "7 | 7",
          "0.1000000000000000055511151231257827 | 0.1000000000000000055511151231257827",
          "12345678901234567.89 | 12345678901234567.89"
        })
    void readsPricesExactlyAsWritten(String wire, String amount) {
      serve("{\"id\": 5, \"lowest_price\": " + wire + "}");

      Release release = database.release(ReleaseId.of(5));

      assertThat(release.lowestPrice())
          .hasValueSatisfying(
              price -> {
                assertThat(price.amount()).isEqualTo(new BigDecimal(amount));
                assertThat(price.amount().toPlainString()).isEqualTo(amount);
              });
    }

    @ParameterizedTest(name = "lowest_price {0}")
    @CsvSource(
        delimiter = '|',
        value = {"null", "\"\"", "\"n/a\"", "{}"})
    void readsAMissingOrOddPriceAsNothingForSale(String wire) {
      serve("{\"id\": 5, \"lowest_price\": " + wire + "}");

      assertThat(database.release(ReleaseId.of(5)).lowestPrice()).isEmpty();
    }

    @Test
    void readsCountsSentAsTextAndTextSentAsNumbers() {
      serve(
          "{\"id\": 5, \"num_for_sale\": \"3\", \"estimated_weight\": \"230\","
              + " \"format_quantity\": \"2\", \"community\": {\"have\": \"10\", \"want\": 4,"
              + " \"rating\": {\"average\": \"4.5\", \"count\": \"2\"}},"
              + " \"formats\": [{\"name\": \"Vinyl\", \"qty\": 2}],"
              + " \"labels\": [{\"id\": \"77\", \"name\": \"L\", \"catno\": 12,"
              + " \"entity_type\": 1}]}");

      Release release = database.release(ReleaseId.of(5));

      assertThat(release.numForSale()).hasValue(3);
      assertThat(release.estimatedWeight()).isEqualTo(OptionalInt.of(230));
      assertThat(release.formatQuantity()).isEqualTo(OptionalInt.of(2));
      assertThat(release.community().have()).isEqualTo(10);
      assertThat(release.community().rating().average()).isEqualTo(4.5);
      assertThat(release.formats().get(0).quantity()).isEqualTo("2");
      assertThat(release.labels().get(0).id()).contains(LabelId.of(77));
      assertThat(release.labels().get(0).catno()).isEqualTo("12");
      assertThat(release.labels().get(0).entityTypeNumber()).isEqualTo(OptionalInt.of(1));
    }

    @Test
    void labelsThePriceWithTheCurrencyAskedFor() {
      serve("{\"id\": 5, \"lowest_price\": 9.99}");

      Release release = database.release(ReleaseId.of(5), Currency.GBP);

      assertThat(release.lowestPrice()).contains(Money.of("9.99", Currency.GBP));
      assertThat(server.onlyRequest().query()).containsEntry("curr_abbr", "GBP");
    }
  }

  @Nested
  class Lists {

    @Test
    void readsASingleValueAsAOneItemList() {
      serve("{\"id\": 5, \"genres\": \"Rock\", \"artists\": {\"id\": 1, \"name\": \"A\"}}");

      Release release = database.release(ReleaseId.of(5));

      assertThat(release.genres()).containsExactly("Rock");
      assertThat(release.artists())
          .singleElement()
          .satisfies(artist -> assertThat(artist.name()).isEqualTo("A"));
    }

    @Test
    void readsEmptyTextAndNullElementsAsNothing() {
      serve(
          "{\"id\": 5, \"styles\": \"\", \"images\": [null, {\"type\": \"primary\"}],"
              + " \"tracklist\": [{\"title\": \"T\", \"sub_tracks\": null, \"artists\": [null]}],"
              + " \"community\": \"\"}");

      Release release = database.release(ReleaseId.of(5));

      assertThat(release.styles()).isEmpty();
      assertThat(release.images())
          .singleElement()
          .satisfies(image -> assertThat(image.isWithheld()).isTrue());
      assertThat(release.tracklist().get(0).subTracks()).isEmpty();
      assertThat(release.tracklist().get(0).artists()).isEmpty();
      assertThat(release.community()).isEqualTo(Community.EMPTY);
    }

    @Test
    void readsAnEmptyArrayWhereAnObjectWasDueAsAbsent() {
      serve("{\"id\": 5, \"community\": [], \"labels\": [{\"id\": 1, \"name\": \"L\"}]}");

      Release release = database.release(ReleaseId.of(5));

      assertThat(release.community()).isEqualTo(Community.EMPTY);
      assertThat(release.labels()).hasSize(1);
    }
  }

  @Nested
  class References {

    @Test
    void dropsArtistsWithoutAnId() {
      serve(
          "{\"id\": 1, \"aliases\": [{\"name\": \"No Id\"}, {\"id\": 0, \"name\": \"Zero\"},"
              + " {\"id\": 2, \"name\": \"Kept\"}], \"members\": [{\"name\": \"Ghost\","
              + " \"active\": true}, {\"id\": 3, \"name\": \"Member\"}]}");

      Artist artist = database.artist(ArtistId.of(1));

      assertThat(artist.aliases())
          .singleElement()
          .satisfies(alias -> assertThat(alias.name()).isEqualTo("Kept"));
      assertThat(artist.members())
          .singleElement()
          .satisfies(
              member -> {
                assertThat(member.artist().name()).isEqualTo("Member");
                assertThat(member.active()).isFalse();
              });
    }

    @Test
    void dropsLabelsWithoutAnId() {
      serve(
          "{\"id\": 1, \"sublabels\": [{\"name\": \"No Id\"}, {\"id\": 2, \"name\": \"Kept\"}],"
              + " \"parent_label\": {\"id\": 0, \"name\": \"Nobody\"}}");

      Label label = database.label(LabelId.of(1));

      assertThat(label.sublabels()).extracting(sub -> sub.name()).containsExactly("Kept");
      assertThat(label.parentLabel()).isEmpty();
    }

    @Test
    void dropsUsersWithoutAUsernameAndCreditsKeepTheirMissingIds() {
      serve(
          "{\"id\": 1, \"community\": {\"submitter\": {\"username\": \"\"},"
              + " \"contributors\": [{\"username\": \"kept\"}, {\"id\": 9}]},"
              + " \"artists\": [{\"id\": 0, \"name\": \"Unknown Artist\"}],"
              + " \"labels\": [{\"name\": \"Not On Label\", \"catno\": \"none\"}]}");

      Release release = database.release(ReleaseId.of(1));

      assertThat(release.community().submitter()).isEmpty();
      assertThat(release.community().contributors())
          .extracting(user -> user.username())
          .containsExactly(Username.of("kept"));
      assertThat(release.artists())
          .singleElement()
          .satisfies(credit -> assertThat(credit.id()).isEmpty());
      assertThat(release.labels())
          .singleElement()
          .satisfies(credit -> assertThat(credit.id()).isEmpty());
    }

    @Test
    void readsSearchMasterIdsOfZeroOrNullAsNoMaster() {
      serve(
          "{\"results\": [{\"id\": 1, \"type\": \"release\", \"master_id\": 0},"
              + " {\"id\": 2, \"type\": \"release\", \"master_id\": null},"
              + " {\"id\": 3, \"type\": \"release\"}, {\"id\": 4, \"type\": \"release\","
              + " \"master_id\": 40}]}");

      Page<SearchResult> page = database.search(SearchQuery.text("x"), PageRequest.first());

      assertThat(page.items())
          .extracting(SearchResult::masterId)
          .containsExactly(
              Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(MasterId.of(40)));
    }
  }

  @Nested
  class UnreadableBodies {

    @Test
    void reportsHtmlWhereJsonWasDue() {
      server.enqueue(
          ScriptedResponse.empty(200, Map.of("Content-Type", "text/html; charset=utf-8"))
              .withBody(bytes("<!DOCTYPE html><html><body>Checking your browser</body></html>")));

      assertThatThrownBy(() -> database.release(ReleaseId.of(1)))
          .asInstanceOf(type(UnreadableResponseException.class))
          .satisfies(
              error -> {
                assertThat(error.status()).isEqualTo(200);
                assertThat(error.contentType()).isEqualTo("text/html; charset=utf-8");
                assertThat(error.bodyPreview()).contains("Checking your browser");
                assertThat(error.getMessage()).startsWith("GET /releases/1 answered 200");
              });
    }

    @Test
    void reportsAnEmptyBodyWhereJsonWasDue() {
      server.enqueue(ScriptedResponse.empty(200, Map.of("Content-Type", "application/json")));

      assertThatThrownBy(() -> database.release(ReleaseId.of(1)))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("the body is empty where JSON was due")
          .hasMessageEndingWith("(empty body)");
    }

    @Test
    void reportsMalformedJsonWithWhereItBroke() {
      serve("{\"id\": 1, \"title\": \"Cut off");

      assertThatThrownBy(() -> database.release(ReleaseId.of(1)))
          .asInstanceOf(type(UnreadableResponseException.class))
          .satisfies(
              error -> {
                assertThat(error.getMessage()).contains("malformed JSON at line 1");
                assertThat(error.bodyPreview()).isEqualTo("{\"id\": 1, \"title\": \"Cut off");
              });
    }

    @Test
    void reportsTrailingContentAfterTheJson() {
      serve("{\"id\": 1} {\"id\": 2}");

      assertThatThrownBy(() -> database.release(ReleaseId.of(1)))
          .isInstanceOf(UnreadableResponseException.class);
    }

    @Test
    void reportsJsonOfTheWrongShape() {
      serve("[{\"id\": 1}]");
      serve("null");

      assertThatThrownBy(() -> database.artist(ArtistId.of(1)))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("unexpected JSON shape at $ ");
      assertThatThrownBy(() -> database.artist(ArtistId.of(1)))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("JSON null");
    }

    @Test
    void namesWhereInTheJsonTheShapeWasWrong() {
      serve("{\"id\": 1, \"tracklist\": [{\"title\": \"ok\"}, {\"title\": {\"x\": 1}}]}");

      assertThatThrownBy(() -> database.release(ReleaseId.of(1)))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("unexpected JSON shape at $.tracklist[1].title")
          .message()
          .doesNotContain("Dto");
    }

    @Test
    void reportsAnObjectWithoutItsId() {
      serve("{\"title\": \"No Id\"}");
      serve("{\"id\": 1}");
      serve("{\"versions\": [{\"id\": 1}, {\"title\": \"no id\"}]}");

      assertThatThrownBy(() -> database.release(ReleaseId.of(1)))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("the JSON lacks a required value: release id is missing");
      assertThatThrownBy(() -> database.master(MasterId.of(1)))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("master main_release is missing");
      assertThatThrownBy(
              () ->
                  database.masterVersions(
                      MasterId.of(1), MasterVersionsQuery.all(), PageRequest.first()))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("version id is missing");
    }

    @Test
    void reportsAValueTheDomainRefuses() {
      serve("{\"username\": \"example_user\", \"release_id\": 1, \"rating\": 7}");

      assertThatThrownBy(() -> database.userRating(ReleaseId.of(1), Username.of("example_user")))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("rating must be from 0 to 5");
    }

    @Test
    void readsJsonSentWithoutAContentType() {
      server.enqueue(ScriptedResponse.empty(200, Map.of()).withBody(bytes("{\"id\": 1}")));

      assertThat(database.release(ReleaseId.of(1)).id()).isEqualTo(ReleaseId.of(1));
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
