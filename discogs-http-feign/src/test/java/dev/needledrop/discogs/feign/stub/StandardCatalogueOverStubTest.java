package dev.needledrop.discogs.feign.stub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.ArtistReleaseSort;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.model.database.SearchType;
import dev.needledrop.discogs.model.database.Track;
import dev.needledrop.discogs.model.database.TrackType;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reads the stub's standard catalogue — real recorded Discogs responses — through the Feign adapter
 * over HTTP, as a user would: every object decodes with its key values, lists page and stream over
 * the stub's own pagination, and search answers from the catalogue.
 */
class StandardCatalogueOverStubTest {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private Discogs discogs;
  private DatabaseApi database;

  @BeforeEach
  void connect() {
    DiscogsConfig config =
        DiscogsConfig.builder("NeedledropStubTest/1.0 +https://example.com")
            .baseUrl(stub.server().baseUrl())
            .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
            .build();
    discogs = FeignDiscogs.create(config);
    database = discogs.database();
  }

  @AfterEach
  void disconnect() {
    discogs.close();
  }

  @Nested
  class Releases {

    @ParameterizedTest(name = "release {0} is {1} by {2}, {3} tracklist entries")
    @CsvSource(
        delimiter = '|',
        value = {
          "1|Stockholm|Persuader, The|6|Svek|SK032",
          "2281630|Splazsh|Actress|14|Honest Jon's Records|HJRLP49",
          "249504|Never Gonna Give You Up|Rick Astley|2|RCA|PB 41447",
          "6895819|Split|Former Ghosts, Funeral Advantage|4|The Native Sound|NATIVE 011",
          "8138518|Elephant Riddim|St. Petersburg Ska-Jazz Review|10|Magnetic Loft Records|MLR-007",
          "9536040|Tout Satie! - Erik Satie Complete Edition|Erik Satie|149|Erato|0825646047963",
          "9680548|The Royal Scam|Steely Dan|9|Geffen Records|none"
        })
    void decodesEveryRecordedRelease(
        long id, String title, String artists, int entries, String label, String catno) {
      Release release = database.release(ReleaseId.of(id));

      assertThat(release.title()).isEqualTo(title);
      assertThat(release.artists()).extracting(a -> a.name()).isNotEmpty();
      assertThat(String.join(", ", release.artists().stream().map(a -> a.name()).toList()))
          .isEqualTo(artists);
      assertThat(release.tracklist()).hasSize(entries);
      assertThat(release.labels().get(0))
          .extracting(EntityCredit::name, EntityCredit::catno)
          .containsExactly(label, catno);
    }

    @Test
    void keepsTheSatieTracklistWithHeadingsIndexTracksAndSubTracks() {
      Release satie = database.release(ReleaseId.of(9536040));

      assertThat(satie.tracklist()).hasSize(149);
      assertThat(countOf(satie.tracklist(), TrackType.HEADING)).isEqualTo(16);
      assertThat(countOf(satie.tracklist(), TrackType.TRACK)).isEqualTo(63);
      assertThat(countOf(satie.tracklist(), TrackType.INDEX)).isEqualTo(70);
      int subTracks = satie.tracklist().stream().mapToInt(t -> t.subTracks().size()).sum();
      assertThat(subTracks).isEqualTo(335);
      assertThat(satie.playableTracks()).hasSize(63 + 335);
    }

    @Test
    void readsTheCommunityBlockOfNeverGonnaGiveYouUp() {
      Release release = database.release(ReleaseId.of(249504));

      assertThat(release.community().have()).isEqualTo(2121);
      assertThat(release.community().want()).isEqualTo(351);
      assertThat(release.community().rating().count()).isEqualTo(148);
      assertThat(release.masterId()).contains(MasterId.of(96559));
      assertThat(release.numForSale()).hasValue(82);
    }

    @Test
    void readsTheCommunityRatingTheUserRatingAndTheStats() {
      ReleaseId id = ReleaseId.of(249504);

      assertThat(database.communityRating(id).rating().count()).isEqualTo(150);
      assertThat(database.userRating(id, Username.of("example_user")).rating()).isZero();
      assertThat(database.releaseStats(id).offensive()).contains(false);
    }

    @Test
    void answersAnUnknownReleaseWithNotFound() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> database.release(ReleaseId.of(999_999_999)))
          .satisfies(e -> assertThat(e.serverMessage()).isEqualTo("Release not found."));
    }

    private long countOf(List<Track> tracklist, TrackType type) {
      return tracklist.stream().filter(t -> t.type().equals(type)).count();
    }
  }

  @Nested
  class MastersArtistsAndLabels {

    @ParameterizedTest(name = "master {0} is {1}, main release {2}")
    @CsvSource({
      "33687, O Fortuna, 42575",
      "52086, Images And Words, 1827596",
      "666, Hellfire, 580058",
      "718441, Infinite, 3221262",
      "9800, Sluneční Hodiny, 5160870"
    })
    void decodesEveryRecordedMaster(long id, String title, long mainRelease) {
      assertThat(database.master(MasterId.of(id)))
          .satisfies(m -> assertThat(m.title()).isEqualTo(title))
          .satisfies(m -> assertThat(m.mainRelease()).isEqualTo(ReleaseId.of(mainRelease)));
    }

    @ParameterizedTest(name = "artist {0} is {1}")
    @CsvSource({
      "23755, Miles Davis, 0, 5, 32",
      "260935, Dream Theater, 9, 1, 0",
      "313929, Cirith Ungol, 7, 0, 0",
      "38661, Eminem, 0, 3, 0",
      "45, Aphex Twin, 0, 16, 0"
    })
    void decodesEveryRecordedArtist(long id, String name, int members, int aliases, int groups) {
      assertThat(database.artist(ArtistId.of(id)))
          .satisfies(a -> assertThat(a.name()).isEqualTo(name))
          .satisfies(a -> assertThat(a.members()).hasSize(members))
          .satisfies(a -> assertThat(a.aliases()).hasSize(aliases))
          .satisfies(a -> assertThat(a.groups()).hasSize(groups));
    }

    @ParameterizedTest(name = "label {0} is {1}")
    @CsvSource({
      "1, Planet E, 2, ''",
      "1000, Warner Bros. Records, 44, Warner Music Group",
      "3456, Real Right Recordings, 0, Intangible Records & Soundworks"
    })
    void decodesEveryRecordedLabel(long id, String name, int sublabels, String parent) {
      assertThat(database.label(LabelId.of(id)))
          .satisfies(l -> assertThat(l.name()).isEqualTo(name))
          .satisfies(l -> assertThat(l.sublabels()).hasSize(sublabels))
          .satisfies(
              l -> assertThat(l.parentLabel().map(p -> p.name()).orElse("")).isEqualTo(parent));
    }
  }

  @Nested
  class Listings {

    @Test
    void pagesAnArtistsDiscographyAndStreamsAllOfIt() {
      ArtistId aphexTwin = ArtistId.of(45);

      Page<ArtistRelease> first = database.artistReleases(aphexTwin, Optional.empty(), page(1, 20));
      List<ArtistRelease> all = database.allArtistReleases(aphexTwin, Optional.empty()).toList();

      assertThat(first.items()).hasSize(20);
      assertThat(first.pagination().items()).isEqualTo(50);
      assertThat(first.pagination().pages()).isEqualTo(3);
      assertThat(all).hasSize(50).doesNotHaveDuplicates();
    }

    @Test
    void sortsAnArtistsDiscographyByYear() {
      Optional<Sort<ArtistReleaseSort>> newestFirst =
          Optional.of(Sort.descending(ArtistReleaseSort.YEAR));

      List<ArtistRelease> releases =
          database.allArtistReleases(ArtistId.of(313929), newestFirst).toList();

      assertThat(releases).hasSize(37);
      assertThat(releases)
          .extracting(r -> r.year().orElse(0))
          .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
    }

    @Test
    void filtersAMastersVersionsByCountry() {
      MasterVersionsQuery query = MasterVersionsQuery.all().withCountry("UK");

      assertThat(database.allMasterVersions(MasterId.of(33687), MasterVersionsQuery.all()))
          .hasSize(4);
      assertThat(database.allMasterVersions(MasterId.of(33687), query))
          .allSatisfy(v -> assertThat(v.country()).isEqualTo("UK"));
    }

    @Test
    void readsALabelsCatalogue() {
      assertThat(database.allLabelReleases(LabelId.of(3456)))
          .extracting(r -> r.id().value(), r -> r.catno())
          .contains(tuple(58937L, "RRCD001"));
    }
  }

  @Nested
  class Search {

    @Test
    void findsReleasesOfTheCatalogueByFreeText() {
      Page<SearchResult> hits =
          database.search(
              SearchQuery.builder().query("never gonna").type(SearchType.RELEASE).build(),
              page(1, 50));

      assertThat(hits.items())
          .extracting(SearchResult::releaseId)
          .contains(Optional.of(ReleaseId.of(249504)));
    }

    @Test
    void findsRecordedSearchResultsByField() {
      List<SearchResult> nirvana =
          database.searchAll(SearchQuery.builder().artist("nirvana").build()).toList();

      assertThat(nirvana).isNotEmpty();
      assertThat(nirvana)
          .allSatisfy(hit -> assertThat(hit.title()).containsIgnoringCase("nirvana"));
    }

    @Test
    void pagesSearchResultsAcrossTheWholeCatalogue() {
      SearchQuery releases = SearchQuery.builder().type(SearchType.RELEASE).build();

      Page<SearchResult> first = database.search(releases, page(1, 10));
      long streamed = database.searchAll(releases).count();

      assertThat(first.items()).hasSize(10);
      assertThat(streamed).isEqualTo(first.pagination().items()).isGreaterThan(50);
    }
  }

  private static PageRequest page(int number, int size) {
    return PageRequest.of(number, size);
  }
}
