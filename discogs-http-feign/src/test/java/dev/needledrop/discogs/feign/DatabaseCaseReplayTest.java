package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.error.UnauthorizedException;
import dev.needledrop.discogs.feign.testing.BugCase;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.model.database.SearchType;
import dev.needledrop.discogs.model.database.Track;
import dev.needledrop.discogs.model.database.TrackPosition;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.PagedStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the Database section's bug cases ({@code src/test/resources/cases}) through the real
 * adapter against a local {@link CaseServer}: each nested class is one case and asserts its
 * expectation, and the request the adapter sent.
 */
class DatabaseCaseReplayTest {

  private CaseServer server;
  private Discogs discogs;

  @BeforeEach
  void start() {
    server = CaseServer.start();
    discogs = TestClients.user(server);
  }

  @AfterEach
  void stop() {
    discogs.close();
    server.close();
  }

  private Release replayRelease(BugCase bugCase) {
    server.enqueue(bugCase.response());
    long id = Long.parseLong(bugCase.path().substring("/releases/".length()));
    Release release = discogs.database().release(ReleaseId.of(id));
    assertThat(server.onlyRequest().requestLine())
        .isEqualTo(bugCase.method() + " " + bugCase.path() + "?curr_abbr=USD");
    return release;
  }

  @Nested
  @DisplayName("B01: null and missing lists")
  class B01 {

    private final BugCase bugCase = BugCase.load("B01");

    @Test
    void readsEveryNullOrMissingListAsEmptyAndKeepsThePresentOnes() {
      Release release = replayRelease(bugCase);

      assertThat(release.extraArtists()).isEmpty();
      assertThat(release.styles()).isEmpty();
      assertThat(release.images()).isEmpty();
      assertThat(release.videos()).isEmpty();
      assertThat(release.labels()).isEmpty();
      assertThat(release.identifiers()).isEmpty();
      assertThat(release.tracklist())
          .extracting(Track::extraArtists)
          .containsExactly(List.of(), List.of());
      assertThat(release.artists())
          .singleElement()
          .satisfies(
              artist -> {
                assertThat(artist.name()).isEqualTo("Example Artist");
                assertThat(artist.id()).contains(ArtistId.of(1000001));
              });
      assertThat(release.genres()).containsExactly("Electronic");
      assertThat(release.formats())
          .singleElement()
          .satisfies(
              format -> {
                assertThat(format.name()).isEqualTo("CDr");
                assertThat(format.descriptions()).containsExactly("Album");
              });
      assertThat(release.tracklist())
          .extracting(Track::title)
          .containsExactly("Opening", "Closing");
    }
  }

  @Nested
  @DisplayName("B03: null price and weight")
  class B03 {

    @Test
    void readsNullLowestPriceAndWeightAsAbsentAndNoneForSaleAsZero() {
      Release release = replayRelease(BugCase.load("B03"));

      assertThat(release.lowestPrice()).isEmpty();
      assertThat(release.estimatedWeight()).isEmpty();
      assertThat(release.numForSale()).hasValue(0);
      assertThat(release.community().have()).isEqualTo(3);
      assertThat(release.community().want()).isEqualTo(41);
    }
  }

  @Nested
  @DisplayName("B05: community block and rating average as integer or float")
  class B05 {

    private final BugCase bugCase = BugCase.load("B05");

    @Test
    void readsTheCommunityWithAnIntegerAverageAsFloatingFive() {
      Release release = replayRelease(bugCase);

      assertThat(release.community().have()).isEqualTo(120);
      assertThat(release.community().want()).isEqualTo(87);
      assertThat(release.community().rating().count()).isEqualTo(1);
      assertThat(release.community().rating().average()).isEqualTo(5.0);
      assertThat(release.community().submitter())
          .hasValueSatisfying(
              user -> assertThat(user.username().value()).isEqualTo("example_user"));
      assertThat(release.community().contributors()).hasSize(1);
      assertThat(release.community().status()).isEqualTo("Accepted");
      assertThat(release.community().dataQuality()).isEqualTo("Needs Vote");
    }

    @ParameterizedTest(name = "average {0}")
    @ValueSource(strings = {"4.67", "0", "5", "3.0"})
    void acceptsOtherAverages(String average) {
      String body = bugCase.bodyText().replace("\"average\":5", "\"average\":" + average);
      server.enqueue(bugCase.responseWithBody(body));

      Release release = discogs.database().release(ReleaseId.of(9000003));

      assertThat(release.community().rating().average()).isEqualTo(Double.parseDouble(average));
    }
  }

  @Nested
  @DisplayName("B06: search year as text, master_id 0")
  class B06 {

    private final BugCase bugCase = BugCase.load("B06");

    @Test
    void readsTextYearsAndTreatsMasterZeroAsNoMasterWithoutCallingIt() {
      server.enqueue(bugCase.response());
      SearchQuery query =
          SearchQuery.builder().query("Example Title").type(SearchType.RELEASE).build();

      Page<SearchResult> page = discogs.database().search(query, PageRequest.first());

      SearchResult release = page.items().get(0);
      SearchResult master = page.items().get(1);
      assertThat(release.year()).isEqualTo(OptionalInt.of(1990));
      assertThat(master.year()).isEmpty();
      assertThat(release.master()).isEmpty();
      assertThat(release.masterId()).isEmpty();
      assertThat(master.masterId()).contains(MasterId.of(2000004));
      assertThat(release.barcodes()).containsExactly("5 012345 678900", "EX 39T");
      assertThat(release.community()).contains(new SearchResult.HaveWant(12, 5));
      RecordedRequest request = server.onlyRequest();
      assertThat(request.rawPath()).isEqualTo(bugCase.path());
      assertThat(request.query()).containsAllEntriesOf(bugCase.query());
    }
  }

  @Nested
  @DisplayName("B07: 404 for a release")
  class B07 {

    @Test
    void throwsNotFoundWithTheServerMessageAndDoesNotRetry() {
      BugCase bugCase = BugCase.load("B07");
      server.enqueue(bugCase.response());

      assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(9000005)))
          .isInstanceOf(NotFoundException.class)
          .isNotInstanceOf(UnauthorizedException.class)
          .asInstanceOf(type(NotFoundException.class))
          .satisfies(
              notFound -> {
                assertThat(notFound.status()).isEqualTo(404);
                assertThat(notFound.serverMessage()).isEqualTo("Release not found.");
                assertThat(notFound.path()).isEqualTo(bugCase.path());
                assertThat(notFound.rateLimit()).isPresent();
              });
      assertThat(server.requests()).hasSize(1);
    }
  }

  @Nested
  @DisplayName("B09: track durations")
  class B09 {

    @Test
    void parsesDurationsAndKeepsTheRawText() {
      Release release = replayRelease(BugCase.load("B09"));

      assertThat(release.tracklist())
          .extracting(track -> track.duration().raw())
          .containsExactly("", "4:08", "62:10", "1:02:03", "0:45");
      assertThat(release.tracklist())
          .extracting(track -> track.duration().toDuration())
          .containsExactly(
              Optional.empty(),
              Optional.of(Duration.ofSeconds(248)),
              Optional.of(Duration.ofSeconds(3730)),
              Optional.of(Duration.ofSeconds(3723)),
              Optional.of(Duration.ofSeconds(45)));
    }
  }

  @Nested
  @DisplayName("B10: free-text positions")
  class B10 {

    @Test
    void keepsEveryRawPositionAndParsesOnlyTheReadableOnes() {
      Release release = replayRelease(BugCase.load("B10"));

      List<TrackPosition> positions = release.tracklist().stream().map(Track::position).toList();
      assertThat(positions)
          .extracting(TrackPosition::raw)
          .containsExactly("A", "AA", "B2", "CD1-3", "2-05", "1-02.a", "Video", "", "0");
      assertThat(positions.get(1).parsed()).isEmpty();
      assertThat(positions.get(6).parsed()).isEmpty();
      assertThat(positions.get(7).parsed()).isEmpty();
      assertThat(positions.get(8).parsed()).isEmpty();
      assertThat(positions.get(2).parsed())
          .contains(
              new TrackPosition.Parsed(Optional.of("B"), OptionalInt.empty(), 2, Optional.empty()));
      assertThat(positions.get(3).parsed())
          .contains(
              new TrackPosition.Parsed(Optional.empty(), OptionalInt.of(1), 3, Optional.empty()));
      assertThat(positions.get(4).parsed())
          .contains(
              new TrackPosition.Parsed(Optional.empty(), OptionalInt.of(2), 5, Optional.empty()));
      assertThat(positions.get(5).parsed())
          .contains(
              new TrackPosition.Parsed(Optional.empty(), OptionalInt.of(1), 2, Optional.of("a")));
    }
  }

  @Nested
  @DisplayName("B11: headings, index tracks and sub-tracks")
  class B11 {

    @Test
    void keepsTheRawTracklistAndPlaysOnlyTracksAndSubTracks() {
      Release release = replayRelease(BugCase.load("B11"));

      assertThat(release.tracklist())
          .extracting(track -> track.type().value())
          .containsExactly("heading", "track", "index", "heading", "track", "track");
      assertThat(release.tracklist().get(2).subTracks()).hasSize(2);
      assertThat(release.playableTracks())
          .extracting(track -> track.position().raw())
          .containsExactly("A1", "A2a", "A2b", "B1", "B2");
    }
  }

  @Nested
  @DisplayName("B13: numeric text and catalogue numbers")
  class B13 {

    @Test
    void readsEntityTypesAndQuantityAsNumbersAndKeepsCatnosApart() {
      Release release = replayRelease(BugCase.load("B13"));

      EntityCredit label = release.labels().get(0);
      EntityCredit pressing = release.companies().get(0);
      assertThat(label.entityTypeNumber()).isEqualTo(OptionalInt.of(1));
      assertThat(pressing.entityTypeNumber()).isEqualTo(OptionalInt.of(17));
      assertThat(release.formats().get(0).quantityNumber()).isEqualTo(OptionalInt.of(2));
      assertThat(label.catno()).isEqualTo("none");
      assertThat(pressing.catno()).isEmpty();
      assertThat(label.catno()).isNotEqualTo(pressing.catno());
      assertThat(label.id()).hasValueSatisfying(id -> assertThat(id.value()).isEqualTo(1818));
      assertThat(release.formatQuantity()).isEqualTo(OptionalInt.of(2));
      assertThat(release.estimatedWeight()).isEqualTo(OptionalInt.of(460));
    }
  }

  @Nested
  @DisplayName("B15: HTML 503 from a proxy")
  class B15 {

    @Test
    void throwsATypedServerErrorWithABodySnippet() {
      server.enqueue(BugCase.load("B15").response());

      // Replays send each call once; ResilienceCaseReplayTest proves the bounded retry.
      assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(9000013)))
          .isInstanceOf(ServerErrorException.class)
          .asInstanceOf(type(ServerErrorException.class))
          .satisfies(
              error -> {
                assertThat(error.status()).isEqualTo(503);
                assertThat(error.serverMessage()).isEmpty();
                assertThat(error.bodyPreview()).contains("Service Temporarily Unavailable");
                assertThat(error.getMessage()).contains("503").contains("Down for maintenance");
              });
    }
  }

  @Nested
  @DisplayName("B17: 204 on a void DELETE")
  class B17 {

    @Test
    void succeedsOnTheRatingDeleteWithoutReadingTheBody() {
      server.enqueue(BugCase.load("B17").response());

      discogs.database().deleteReleaseRating(ReleaseId.of(9000015), Username.of("example_user"));

      assertThat(server.onlyRequest().requestLine())
          .isEqualTo("DELETE /releases/9000015/rating/example_user");
      assertThat(discogs.lastRateLimit())
          .hasValueSatisfying(limit -> assertThat(limit.remaining()).isEqualTo(56));
    }

    @Test
    void succeedsOnAnyTwoHundredEvenWithABodyThatIsNotJson() {
      server.enqueue(
          ScriptedResponse.empty(200, Map.of("Content-Type", "text/plain"))
              .withBody("OK, deleted".getBytes(StandardCharsets.UTF_8)));

      discogs.database().deleteReleaseRating(ReleaseId.of(9000015), Username.of("example_user"));

      assertThat(server.requests()).hasSize(1);
    }
  }

  @Nested
  @DisplayName("B24: non-ASCII search text")
  class B24 {

    @Test
    void sendsTheQueryPercentEncodedAndReadsTheEmptyPage() {
      BugCase bugCase = BugCase.load("B24");
      server.enqueue(bugCase.response());
      SearchQuery query =
          SearchQuery.builder().query("Préludes – 東京 & Söhne").type(SearchType.RELEASE).build();

      Page<SearchResult> page = discogs.database().search(query, PageRequest.first());

      RecordedRequest request = server.onlyRequest();
      assertThat(request.rawQuery())
          .contains("q=Pr%C3%A9ludes%20%E2%80%93%20%E6%9D%B1%E4%BA%AC%20%26%20S%C3%B6hne");
      assertThat(request.query()).containsAllEntriesOf(bugCase.query());
      assertThat(page.items()).isEmpty();
      assertThat(page.hasNext()).isFalse();
    }
  }

  @Nested
  @DisplayName("B26: a username that looks like a path")
  class B26 {

    @Test
    void encodesTheUsernameAsOneSegmentAndRaisesTheNotFound() {
      BugCase bugCase = BugCase.load("B26");
      server.enqueue(bugCase.response());

      assertThatThrownBy(
              () -> discogs.database().userRating(ReleaseId.of(9000001), Username.of("dj a+b/c")))
          .isInstanceOf(NotFoundException.class)
          .hasMessageContaining("User not found.");
      assertThat(server.onlyRequest().rawPath())
          .isEqualTo("/releases/9000001/rating/dj%20a%2Bb%2Fc");
    }
  }

  @Nested
  @DisplayName("B27: 401 on search")
  class B27 {

    @Test
    void throwsUnauthorizedWithTheServerMessageAndDoesNotRetry() {
      server.enqueue(BugCase.load("B27").response());

      assertThatThrownBy(
              () -> discogs.database().search(SearchQuery.text("Example"), PageRequest.first()))
          .isInstanceOf(UnauthorizedException.class)
          .isNotInstanceOf(ForbiddenException.class)
          .asInstanceOf(type(DiscogsServiceException.class))
          .satisfies(
              error -> {
                assertThat(error.status()).isEqualTo(401);
                assertThat(error.serverMessage())
                    .isEqualTo("You must authenticate to access this resource.");
              });
      assertThat(server.requests()).hasSize(1);
    }

    @Test
    void isRefusedBeforeSendingWhenTheClientHasNoCredentialsAtAll() {
      try (Discogs anonymous = TestClients.anonymous(server)) {
        assertThatThrownBy(
                () -> anonymous.database().search(SearchQuery.text("Example"), PageRequest.first()))
            .isInstanceOf(CredentialsRequiredException.class)
            .hasMessage(
                "search needs credentials: a consumer key and secret, a personal access token or"
                    + " OAuth; the client has none");
      }
      assertThat(server.requests()).isEmpty();
    }
  }

  @Nested
  @DisplayName("B30: a short page in the middle")
  class B30 {

    private final BugCase bugCase = BugCase.load("B30");

    @Test
    void yieldsTheShortPageAndOffersTheNextOne() {
      server.enqueue(bugCase.response());

      Page<ArtistRelease> page =
          discogs
              .database()
              .artistReleases(ArtistId.of(1000001), Optional.empty(), PageRequest.of(2, 5));

      assertThat(page.items())
          .extracting(ArtistRelease::title)
          .containsExactly("Six", "Seven", "Eight", "Nine");
      assertThat(page.nextRequest()).contains(PageRequest.of(3, 5));
      assertThat(server.onlyRequest().query()).containsAllEntriesOf(bugCase.query());
    }

    @Test
    void streamsOnToPageThreeAfterTheShortPageAndCountsItemsRight() {
      server.enqueue(page(1, 9000045, 5), bugCase.response(), page(3, 9000060, 4));

      List<ArtistRelease> all =
          PagedStream.of(
                  request ->
                      discogs
                          .database()
                          .artistReleases(ArtistId.of(1000001), Optional.empty(), request),
                  PageRequest.of(1, 5))
              .toList();

      assertThat(all).hasSize(13);
      assertThat(all.get(8).title()).isEqualTo("Nine");
      assertThat(all.get(9).id()).isEqualTo(9000060);
      assertThat(server.requests())
          .extracting(request -> request.query().get("page"))
          .containsExactly("1", "2", "3");
      assertThat(server.requests())
          .extracting(request -> request.query().get("per_page"))
          .containsOnly("5");
    }

    private ScriptedResponse page(int number, long firstId, int count) {
      String items =
          String.join(
              ",",
              IntStream.range(0, count)
                  .mapToObj(
                      i ->
                          "{\"id\": "
                              + (firstId + i)
                              + ", \"type\": \"release\", "
                              + "\"title\": \"Item "
                              + (firstId + i)
                              + "\", \"role\": \"Main\"}")
                  .toList());
      return ScriptedResponse.ok(
          "{\"pagination\": {\"page\": "
              + number
              + ", \"pages\": 3, \"per_page\": 5, "
              + "\"items\": 13, \"urls\": {}}, \"releases\": ["
              + items
              + "]}");
    }
  }

  @Nested
  @DisplayName("B40: fields this SDK does not know")
  class B40 {

    @Test
    void ignoresUnknownFieldsAndMapsTheKnownOnes() {
      Release release = replayRelease(BugCase.load("B40"));

      assertThat(release.id()).isEqualTo(ReleaseId.of(9000022));
      assertThat(release.title()).isEqualTo("New Fields");
      assertThat(release.year()).isEqualTo(OptionalInt.of(2020));
      assertThat(release.tracklist())
          .singleElement()
          .satisfies(track -> assertThat(track.title()).isEqualTo("Fresh"));
      assertThat(release.blockedFromSale()).contains(false);
      assertThat(release.offensive()).contains(false);
      assertThat(release.series())
          .singleElement()
          .satisfies(series -> assertThat(series.catno()).isEqualTo("ES-1"));
    }
  }

  @Nested
  @DisplayName("B41: empty-body 403 and the User-Agent")
  class B41 {

    @Test
    void refusesABlankUserAgentBeforeAnyRequest() {
      assertThatThrownBy(() -> DiscogsConfig.builder("  ").baseUrl(server.baseUrl()).build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("User-Agent");
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void sendsTheAgentAndThrowsForbiddenForTheEmptyBody() {
      server.enqueue(BugCase.load("B41").response());

      assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(9000023)))
          .isInstanceOf(ForbiddenException.class)
          .asInstanceOf(type(ForbiddenException.class))
          .satisfies(
              forbidden -> {
                assertThat(forbidden.status()).isEqualTo(403);
                assertThat(forbidden.getMessage()).endsWith("answered 403 with an empty body");
              });
      assertThat(server.onlyRequest().header("User-Agent")).contains(TestClients.USER_AGENT);
    }

    @Test
    void sendsTheAgentOnEveryRequest() {
      try (Discogs withToken = TestClients.with(server, PersonalAccessToken.of("tok3n"))) {
        server.enqueue(ScriptedResponse.ok("{\"id\": 1}"), ScriptedResponse.ok("{\"id\": 2}"));

        withToken.database().release(ReleaseId.of(1));
        withToken.database().artist(ArtistId.of(2));
      }

      assertThat(server.requests())
          .extracting(request -> request.header("User-Agent").orElseThrow())
          .containsOnly(TestClients.USER_AGENT);
    }
  }
}
