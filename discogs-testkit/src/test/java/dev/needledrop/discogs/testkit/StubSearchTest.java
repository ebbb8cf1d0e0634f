package dev.needledrop.discogs.testkit;

import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_KEY;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_SECRET;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StubSearchTest {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private final StubClient client = new StubClient(stub.baseUrl());

  @BeforeAll
  static void seedFiveReleasesSharingAWord() {
    IntStream.rangeClosed(1, 5)
        .forEach(
            i ->
                stub.catalogue()
                    .putRelease(
                        "{\"id\": "
                            + (770000 + i)
                            + ", \"title\": \"Zebrafish Part "
                            + i
                            + "\", \"year\": "
                            + (2000 + i)
                            + ", \"artists\": [{\"name\": \"Seeded\", \"anv\": \"\", \"join\": \"\", "
                            + "\"id\": 7, \"resource_url\": \"https://api.discogs.com/artists/7\"}]}"));
  }

  @Nested
  class Access {

    @Test
    void refusesAnonymousCallersWithDiscogsMessage() {
      HttpResponse<String> response = client.get("/database/search?q=astley").send();

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body())
          .isEqualTo("{\"message\": \"You must authenticate to access this resource.\"}");
    }

    @Test
    void refusesAnUnknownTypeWith422() {
      assertThat(search("?type=song").statusCode()).isEqualTo(422);
    }
  }

  @Nested
  class DerivedResults {

    @Test
    void findsAHeldReleaseByFreeTextInDiscogsResultShape() {
      JsonNode result = results("?q=never+gonna+astley").get(0);

      assertThat(result.path("type").asText()).isEqualTo("release");
      assertThat(result.path("id").asLong()).isEqualTo(249504);
      assertThat(result.path("title").asText()).isEqualTo("Rick Astley - Never Gonna Give You Up");
      assertThat(result.path("year").isTextual()).isTrue();
      assertThat(result.path("year").asText()).isEqualTo("1987");
      assertThat(texts(result.path("format"))).containsExactly("Vinyl", "7\"", "45 RPM", "Single");
      assertThat(texts(result.path("label"))).containsExactly("RCA");
      assertThat(result.path("catno").asText()).isEqualTo("PB 41447");
      assertThat(texts(result.path("barcode"))).containsExactly("5012394144777");
      assertThat(result.path("community").path("have").asInt()).isEqualTo(2121);
      assertThat(result.path("uri").asText())
          .isEqualTo("/release/249504-Rick-Astley-Never-Gonna-Give-You-Up");
      assertThat(result.path("master_url").asText()).startsWith(stub.baseUrl() + "/masters/");
      assertThat(result.path("resource_url").asText())
          .isEqualTo(stub.baseUrl() + "/releases/249504");
    }

    @Test
    void givesArtistsAndLabelsOnlyTheCommonFields() {
      JsonNode artist = results("?q=dream+theater&type=artist").get(0);

      assertThat(artist.path("title").asText()).isEqualTo("Dream Theater");
      assertThat(artist.path("master_id").isNull()).isTrue();
      assertThat(artist.has("year")).isFalse();
      assertThat(artist.has("format")).isFalse();
    }

    @Test
    void findsMastersByTypeAndTitle() {
      List<JsonNode> masters = results("?type=master&release_title=hellfire");

      assertThat(masters).extracting(master -> master.path("id").asLong()).containsExactly(666L);
    }
  }

  @Nested
  class Filters {

    @Test
    void matchesFieldFiltersIgnoringCase() {
      assertThat(ids("?catno=pb+41447")).containsExactly(249504L);
      assertThat(ids("?barcode=5012394144777")).containsExactly(249504L);
      assertThat(ids("?label=rca&year=1987&type=release")).contains(249504L);
    }

    @Test
    void requiresEveryFilterToMatch() {
      assertThat(ids("?catno=PB+41447&country=Japan")).isEmpty();
    }

    @Test
    void searchesTrackTitlesAndCredits() {
      assertThat(ids("?track=instrumental&artist=astley")).containsExactly(249504L);
    }

    @Test
    void answersFromRecordedResultsToo() {
      List<Long> ids = ids("?artist=nirvana&release_title=nevermind");

      assertThat(ids).containsExactly(2028757L, 1852962L, 3058947L);
    }

    @Test
    void keepsTheHeldObjectOverARecordedResultWithItsTypeAndId() {
      stub.catalogue()
          .addSearchResult(
              "{\"id\": 249504, \"type\": \"release\", \"title\": \"Recorded Impostor\"}");

      assertThat(ids("?q=impostor")).isEmpty();
      assertThat(ids("?q=astley&type=release")).containsOnlyOnce(249504L);
    }
  }

  @Nested
  class Paging {

    @Test
    void pagesTheMatchingResults() {
      JsonNode second = search("?q=zebrafish&per_page=2&page=2", USER_TOKEN);

      assertThat(second.path("pagination").path("items").asInt()).isEqualTo(5);
      assertThat(second.path("pagination").path("pages").asInt()).isEqualTo(3);
      assertThat(ids(second.path("results"))).containsExactly(770003L, 770004L);
      assertThat(second.path("pagination").path("urls").path("next").asText())
          .isEqualTo(stub.baseUrl() + "/database/search?q=zebrafish&page=3&per_page=2");
    }

    @Test
    void answersNoMatchWithAnEmptyPage() {
      JsonNode body = search("?q=nothing-matches-this", USER_TOKEN);

      assertThat(body.path("results")).isEmpty();
      assertThat(body.path("pagination").path("items").asInt()).isZero();
    }
  }

  @Nested
  class UserData {

    @Test
    void givesUserDataToUsers() {
      JsonNode result = search("?q=zebrafish", USER_TOKEN).path("results").get(0);

      assertThat(result.path("user_data").path("in_collection").isBoolean()).isTrue();
    }

    @Test
    void withholdsUserDataFromApplications() {
      JsonNode body =
          client.get("/database/search?q=babymetal").consumer(CONSUMER_KEY, CONSUMER_SECRET).json();

      assertThat(body.path("results")).isNotEmpty();
      body.path("results").forEach(result -> assertThat(result.has("user_data")).isFalse());
    }
  }

  private HttpResponse<String> search(String query) {
    return client.get("/database/search" + query).token(USER_TOKEN).send();
  }

  private JsonNode search(String query, String token) {
    return client.get("/database/search" + query).token(token).json();
  }

  private List<JsonNode> results(String query) {
    List<JsonNode> results = new ArrayList<>();
    search(query, USER_TOKEN).path("results").forEach(results::add);
    return results;
  }

  private List<Long> ids(String query) {
    return ids(search(query + "&per_page=100", USER_TOKEN).path("results"));
  }

  private static List<Long> ids(JsonNode results) {
    List<Long> ids = new ArrayList<>();
    results.forEach(result -> ids.add(result.path("id").asLong()));
    return ids;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
