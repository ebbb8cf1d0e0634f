package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.ArtistReleaseSort;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.MasterVersionSort;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.SearchType;
import dev.needledrop.discogs.paging.PageRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Pins the request every Database method sends: method, path and query (reference §8.3). */
class RequestShapeTest {

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

  private RecordedRequest answer(String json, Runnable call) {
    server.enqueue(ScriptedResponse.ok(json));
    call.run();
    return server.onlyRequest();
  }

  @Nested
  class Releases {

    @Test
    void asksForTheReleaseStats() {
      RecordedRequest request =
          answer("{\"is_offensive\": false}", () -> database.releaseStats(ReleaseId.of(249504)));

      assertThat(request.requestLine()).isEqualTo("GET /releases/249504/stats");
    }
  }

  @Nested
  class MasterVersions {

    @Test
    void sendsOnlyPaginationWhenNothingIsFiltered() {
      RecordedRequest request =
          answer(
              "{}",
              () ->
                  database.masterVersions(
                      MasterId.of(1000), MasterVersionsQuery.all(), PageRequest.of(2, 10)));

      assertThat(request.requestLine()).isEqualTo("GET /masters/1000/versions?page=2&per_page=10");
    }

    @Test
    void sendsEveryFilterAndTheSortEncoded() {
      MasterVersionsQuery query =
          MasterVersionsQuery.all()
              .withFormat("12\" Vinyl")
              .withLabel("R&S Records")
              .withReleased("1992")
              .withCountry("Belgium")
              .sortedBy(Sort.descending(MasterVersionSort.RELEASED));

      RecordedRequest request =
          answer(
              "{}", () -> database.masterVersions(MasterId.of(1000), query, PageRequest.first()));

      assertThat(request.rawPath()).isEqualTo("/masters/1000/versions");
      assertThat(request.rawQuery())
          .isEqualTo(
              "format=12%22%20Vinyl&label=R%26S%20Records&released=1992&country=Belgium"
                  + "&sort=released&sort_order=desc&page=1&per_page=50");
    }
  }

  @Nested
  class Artists {

    @Test
    void asksForTheArtist() {
      RecordedRequest request = answer("{\"id\": 45}", () -> database.artist(ArtistId.of(45)));

      assertThat(request.requestLine()).isEqualTo("GET /artists/45");
    }

    @Test
    void sendsTheDiscographySort() {
      RecordedRequest request =
          answer(
              "{}",
              () ->
                  database.artistReleases(
                      ArtistId.of(45),
                      Optional.of(Sort.ascending(ArtistReleaseSort.TITLE)),
                      PageRequest.of(3, 100)));

      assertThat(request.requestLine())
          .isEqualTo("GET /artists/45/releases?sort=title&sort_order=asc&page=3&per_page=100");
    }
  }

  @Nested
  class Labels {

    @Test
    void asksForTheLabelAndItsCatalogue() {
      server.enqueue(ScriptedResponse.ok("{\"id\": 1}"), ScriptedResponse.ok("{}"));

      database.label(LabelId.of(1));
      database.labelReleases(LabelId.of(1), PageRequest.of(4, 25));

      assertThat(server.requests())
          .extracting(RecordedRequest::requestLine)
          .containsExactly("GET /labels/1", "GET /labels/1/releases?page=4&per_page=25");
    }
  }

  @Nested
  class Search {

    @Test
    void sendsEveryFieldUnderItsWireNameWithTheFreeTextAsQ() {
      SearchQuery.Builder builder = SearchQuery.builder();
      Map<String, String> expected = new LinkedHashMap<>();
      Arrays.stream(SearchQuery.Field.values())
          .forEach(
              field -> {
                String value = field == SearchQuery.Field.TYPE ? "release" : field.name() + " v&=";
                builder.set(field, value);
                expected.put(field.wireName(), value);
              });

      RecordedRequest request =
          answer("{}", () -> database.search(builder.build(), PageRequest.of(2, 5)));

      assertThat(request.rawPath()).isEqualTo("/database/search");
      assertThat(request.query())
          .containsAllEntriesOf(expected)
          .containsEntry("q", "QUERY v&=")
          .containsEntry("page", "2")
          .containsEntry("per_page", "5")
          .hasSize(SearchQuery.Field.values().length + 2);
      assertThat(request.rawQuery()).startsWith("q=QUERY%20v%26%3D&type=release&");
    }

    @Test
    void sendsTypedFiltersAsDiscogsNamesThem() {
      SearchQuery query =
          SearchQuery.builder().artist("Nirvana").type(SearchType.MASTER).year(1991).build();

      RecordedRequest request = answer("{}", () -> database.search(query, PageRequest.first()));

      assertThat(request.query())
          .containsEntry("artist", "Nirvana")
          .containsEntry("type", "master")
          .containsEntry("year", "1991");
    }
  }
}
