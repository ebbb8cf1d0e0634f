package dev.needledrop.discogs.testkit;

import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_KEY;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_SECRET;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.OTHER_USER_TOKEN;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StubDatabaseEndpointsTest {

  private static final long MASTER = 880001;
  private static final long ARTIST = 880002;

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private final StubClient client = new StubClient(stub.baseUrl());

  @BeforeAll
  static void seedVersionsAndADiscography() {
    StubCatalogue catalogue = stub.catalogue();
    catalogue.putMaster("{\"id\": " + MASTER + ", \"title\": \"Versions\"}");
    catalogue.addMasterVersion(MASTER, version(1, "UK", "1992", "Vinyl", "LP, Album", "EMI"));
    catalogue.addMasterVersion(MASTER, version(2, "US", "1992-05-00", "CD", "Album", "ATCO"));
    catalogue.addMasterVersion(MASTER, version(3, "Japan", "2005", "CD", "Album, Reissue", "EMI"));
    catalogue.addMasterVersion(MASTER, version(4, "UK", "2005", "Vinyl", "LP", "Parlophone"));
    catalogue.putArtist("{\"id\": " + ARTIST + ", \"name\": \"Sorted\"}");
    catalogue.addArtistRelease(ARTIST, entry("release", 11, "Charlie", 1999, "CD"));
    catalogue.addArtistRelease(ARTIST, entry("master", 12, "alpha", 2010, ""));
    catalogue.addArtistRelease(ARTIST, entry("release", 13, "Bravo", 1985, "Vinyl"));
  }

  @Nested
  class Releases {

    @Test
    void answersAHeldRelease() {
      JsonNode release = client.get("/releases/249504").json();

      assertThat(release.path("title").asText()).isEqualTo("Never Gonna Give You Up");
      assertThat(release.path("artists").get(0).path("name").asText()).isEqualTo("Rick Astley");
    }

    @Test
    void servesTheRecordedDollarPriceExactlyWhenNoOtherCurrencyIsAsked() {
      assertThat(client.get("/releases/249504").send().body()).contains("\"lowest_price\": 0.84,");
      assertThat(client.get("/releases/249504?curr_abbr=USD").send().body())
          .contains("\"lowest_price\": 0.84,");
    }

    @Test
    void convertsThePriceToTheCurrencyAskedForRoundedToItsDecimals() {
      assertThat(client.get("/releases/249504?curr_abbr=EUR").send().body())
          .contains("\"lowest_price\": 0.77,");
      assertThat(client.get("/releases/249504?curr_abbr=GBP").send().body())
          .contains("\"lowest_price\": 0.66,");
      assertThat(client.get("/releases/249504?curr_abbr=JPY").send().body())
          .contains("\"lowest_price\": 126,");
    }

    @Test
    void keepsTheCurrencyOfASeededPriceToItself() {
      long id = 880003;
      stub.catalogue()
          .putRelease(TestReleases.release(id).forSale(1, "10.00", Currency.GBP).build());

      String inPounds = client.get("/releases/" + id + "?curr_abbr=GBP").send().body();
      String inDollars = client.get("/releases/" + id).send().body();

      assertThat(inPounds).contains("\"lowest_price\": 10.00,").doesNotContain("_stub");
      assertThat(inDollars).contains("\"lowest_price\": 12.66,").doesNotContain("_stub");
    }

    @Test
    void refusesAnUnknownCurrencyWith422() {
      HttpResponse<String> response = client.get("/releases/249504?curr_abbr=XYZ").send();

      assertThat(response.statusCode()).isEqualTo(422);
    }

    @Test
    void answersAnUnknownReleaseWithDiscogsMessage() {
      HttpResponse<String> response = client.get("/releases/1234567890").send();

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo("{\"message\": \"Release not found.\"}");
    }

    @Test
    void answersTheRecordedCommunityRating() {
      JsonNode rating = client.get("/releases/249504/rating").json();

      assertThat(rating.path("release_id").asLong()).isEqualTo(249504);
      assertThat(rating.path("rating").path("count").asInt()).isEqualTo(150);
      assertThat(rating.path("rating").path("average").asDouble()).isEqualTo(3.65);
    }

    @Test
    void computesTheCommunityRatingOfOtherReleases() {
      JsonNode rating = client.get("/releases/8138518/rating").json();

      JsonNode community = client.get("/releases/8138518").json().path("community").path("rating");
      assertThat(rating.path("rating")).isEqualTo(community);
    }

    @Test
    void answersStatsInTheObservedShapeByDefault() {
      JsonNode stats = client.get("/releases/8138518/stats").json();

      assertThat(stats.toString()).isEqualTo("{\"is_offensive\":false}");
    }

    @Test
    void answersStatsInTheDocumentedShapeWhenAsked() {
      try (StubDiscogsServer documented =
          StubDiscogsServer.builder().releaseStatsShape(ReleaseStatsShape.DOCUMENTED).start()) {
        StubClient other = new StubClient(documented.baseUrl());
        JsonNode community = other.get("/releases/8138518").json().path("community");

        JsonNode stats = other.get("/releases/8138518/stats").json();

        assertThat(stats.path("num_have").asInt()).isEqualTo(community.path("have").asInt());
        assertThat(stats.path("num_want").asInt()).isEqualTo(community.path("want").asInt());
      }
    }
  }

  @Nested
  class UserRatings {

    private static final String MINE = "/releases/6895819/rating/example_user";

    @Test
    void readsZeroForAnUnratedRelease() {
      JsonNode rating = client.get("/releases/9680548/rating/nobody").json();

      assertThat(rating.toString())
          .isEqualTo("{\"username\":\"nobody\",\"release_id\":9680548,\"rating\":0}");
    }

    @Test
    void setsTheOwnersRatingFromTheBodyAndReadsItBack() {
      JsonNode written =
          client.call("PUT", MINE).token(USER_TOKEN).jsonBody("{\"rating\": 4}").json();

      assertThat(written.path("rating").asInt()).isEqualTo(4);
      assertThat(client.get(MINE).json().path("rating").asInt()).isEqualTo(4);
    }

    @Test
    void setsTheRatingFromTheQueryToo() {
      client.call("PUT", MINE + "?rating=2").token(USER_TOKEN).send();

      assertThat(client.get(MINE).json().path("rating").asInt()).isEqualTo(2);
    }

    @Test
    void refusesARatingOutsideOneToFiveWith422() {
      HttpResponse<String> response =
          client.call("PUT", MINE).token(USER_TOKEN).jsonBody("{\"rating\": 6}").send();

      assertThat(response.statusCode()).isEqualTo(422);
    }

    @Test
    void refusesAMalformedBodyWith422() {
      HttpResponse<String> response =
          client.call("PUT", MINE).token(USER_TOKEN).jsonBody("{rating").send();

      assertThat(response.statusCode()).isEqualTo(422);
    }

    @Test
    void refusesWritesWithoutAUserWith401() {
      HttpResponse<String> anonymous = client.call("PUT", MINE).jsonBody("{\"rating\": 4}").send();
      HttpResponse<String> application =
          client
              .call("PUT", MINE)
              .consumer(CONSUMER_KEY, CONSUMER_SECRET)
              .jsonBody("{\"rating\": 4}")
              .send();

      assertThat(anonymous.statusCode()).isEqualTo(401);
      assertThat(application.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesAnotherUsersRatingWith403() {
      HttpResponse<String> response = client.call("DELETE", MINE).token(OTHER_USER_TOKEN).send();

      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body())
          .isEqualTo("{\"message\": \"You don't have permission to access this resource.\"}");
    }

    @Test
    void deletesTheOwnersRatingWith204() {
      client.call("PUT", MINE).token(USER_TOKEN).jsonBody("{\"rating\": 5}").send();

      HttpResponse<String> response = client.call("DELETE", MINE).token(USER_TOKEN).send();

      assertThat(response.statusCode()).isEqualTo(204);
      assertThat(response.body()).isEmpty();
      assertThat(client.get(MINE).json().path("rating").asInt()).isZero();
    }

    @Test
    void answersAnUnknownReleaseWith404() {
      HttpResponse<String> response =
          client
              .call("PUT", "/releases/1234567890/rating/example_user")
              .token(USER_TOKEN)
              .jsonBody("{\"rating\": 4}")
              .send();

      assertThat(response.statusCode()).isEqualTo(404);
    }
  }

  @Nested
  class Masters {

    @Test
    void convertsTheLowestPriceToTheCurrencyAskedFor() {
      assertThat(client.get("/masters/666").send().body()).contains("\"lowest_price\": 4.88,");
      assertThat(client.get("/masters/666?curr_abbr=JPY").send().body())
          .contains("\"lowest_price\": 732,");
    }

    @Test
    void refusesAnUnknownCurrencyWith422() {
      assertThat(client.get("/masters/666?curr_abbr=XYZ").send().statusCode()).isEqualTo(422);
    }

    @Test
    void answersAnUnknownMasterWithDiscogsMessage() {
      HttpResponse<String> response = client.get("/masters/1234567890").send();

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).isEqualTo("{\"message\": \"Master Release not found.\"}");
    }

    @Test
    void listsVersionsInTheOrderAdded() {
      assertThat(versionIds("")).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void filtersByMajorFormatOrDescription() {
      assertThat(versionIds("?format=cd")).containsExactly(2L, 3L);
      assertThat(versionIds("?format=Reissue")).containsExactly(3L);
    }

    @Test
    void filtersByLabelCountryAndYear() {
      assertThat(versionIds("?label=EMI")).containsExactly(1L, 3L);
      assertThat(versionIds("?country=UK")).containsExactly(1L, 4L);
      assertThat(versionIds("?released=1992")).containsExactly(1L, 2L);
      assertThat(versionIds("?released=2005&format=Vinyl")).containsExactly(4L);
    }

    @Test
    void sortsByAnyDocumentedKeyInEitherOrder() {
      assertThat(versionIds("?sort=country")).containsExactly(3L, 1L, 4L, 2L);
      assertThat(versionIds("?sort=released&sort_order=desc")).containsExactly(3L, 4L, 2L, 1L);
      assertThat(versionIds("?sort=label&sort_order=asc")).containsExactly(2L, 1L, 3L, 4L);
    }

    @Test
    void refusesAnUndocumentedSortWith422() {
      assertThat(client.get("/masters/" + MASTER + "/versions?sort=price").send().statusCode())
          .isEqualTo(422);
      assertThat(
              client
                  .get("/masters/" + MASTER + "/versions?sort=title&sort_order=up")
                  .send()
                  .statusCode())
          .isEqualTo(422);
    }

    @Test
    void describesTheFiltersAppliedAndAvailable() {
      JsonNode body = client.get("/masters/" + MASTER + "/versions?country=UK").json();

      assertThat(body.path("filters").path("applied").path("country").get(0).asText())
          .isEqualTo("UK");
      assertThat(body.path("filters").path("available").path("format").path("Vinyl").asInt())
          .isEqualTo(2);
      assertThat(body.path("filter_facets").get(0).path("id").asText()).isEqualTo("format");
    }

    @Test
    void servesTheRecordedVersionsOfAStandardMaster() {
      JsonNode body = client.get("/masters/33687/versions").json();

      assertThat(body.path("pagination").path("items").asInt())
          .isEqualTo(body.path("versions").size());
      assertThat(body.path("versions")).isNotEmpty();
    }

    private List<Long> versionIds(String query) {
      return ids(client.get("/masters/" + MASTER + "/versions" + query).json().path("versions"));
    }
  }

  @Nested
  class Artists {

    @Test
    void answersAnUnknownArtistWithDiscogsMessage() {
      HttpResponse<String> response = client.get("/artists/1234567890").send();

      assertThat(response.body()).isEqualTo("{\"message\": \"Artist not found.\"}");
    }

    @Test
    void sortsTheDiscographyByYearTitleOrFormat() {
      assertThat(artistIds("")).containsExactly(11L, 12L, 13L);
      assertThat(artistIds("?sort=year")).containsExactly(13L, 11L, 12L);
      assertThat(artistIds("?sort=title&sort_order=desc")).containsExactly(11L, 13L, 12L);
      assertThat(artistIds("?sort=format")).containsExactly(12L, 11L, 13L);
    }

    @Test
    void servesTheUnionOfRecordedPagesForAnArtistItDoesNotHold() {
      JsonNode body = client.get("/artists/1/releases?per_page=100").json();

      // The 49 entries of the recorded first page; the page sorted by title repeats one of them.
      assertThat(body.path("pagination").path("items").asInt()).isEqualTo(49);
    }

    @Test
    void listsAReleaseOncePerRole() {
      long artist = 880003;
      stub.catalogue().addArtistRelease(artist, entry("release", 11, "Charlie", 1999, "CD"));
      stub.catalogue()
          .addArtistRelease(
              artist,
              "{\"id\": 11, \"type\": \"release\", "
                  + "\"title\": \"Charlie\", \"role\": \"Producer\"}");

      JsonNode body = client.get("/artists/" + artist + "/releases").json();

      assertThat(ids(body.path("releases"))).containsExactly(11L, 11L);
    }

    @Test
    void answersADiscographyOfAnUnknownArtistWith404() {
      HttpResponse<String> response = client.get("/artists/1234567890/releases").send();

      assertThat(response.statusCode()).isEqualTo(404);
    }

    private List<Long> artistIds(String query) {
      return ids(client.get("/artists/" + ARTIST + "/releases" + query).json().path("releases"));
    }
  }

  @Nested
  class Labels {

    @Test
    void answersAHeldLabel() {
      assertThat(client.get("/labels/1").json().path("name").asText()).isEqualTo("Planet E");
    }

    @Test
    void answersAnUnknownLabelWithDiscogsMessage() {
      HttpResponse<String> response = client.get("/labels/1234567890").send();

      assertThat(response.body()).isEqualTo("{\"message\": \"Label not found.\"}");
    }

    @Test
    void servesAHeldLabelsCatalogue() {
      JsonNode body = client.get("/labels/3456/releases").json();

      assertThat(ids(body.path("releases"))).containsExactly(58937L, 21554L);
    }
  }

  private static List<Long> ids(JsonNode items) {
    List<Long> ids = new ArrayList<>();
    items.forEach(item -> ids.add(item.path("id").asLong()));
    return ids;
  }

  private static String version(
      long id, String country, String released, String major, String format, String label) {
    return "{\"id\": "
        + id
        + ", \"title\": \"Versions\", \"country\": \""
        + country
        + "\", \"released\": \""
        + released
        + "\", \"major_formats\": [\""
        + major
        + "\"], \"format\": \""
        + format
        + "\", \"label\": \""
        + label
        + "\", \"catno\": \"C"
        + id
        + "\"}";
  }

  private static String entry(String type, long id, String title, int year, String format) {
    return "{\"id\": "
        + id
        + ", \"type\": \""
        + type
        + "\", \"title\": \""
        + title
        + "\", \"year\": "
        + year
        + ", \"format\": \""
        + format
        + "\"}";
  }
}
