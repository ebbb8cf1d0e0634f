package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;
import static org.assertj.core.groups.Tuple.tuple;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.error.UnauthorizedException;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.Fixtures;
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
import dev.needledrop.discogs.model.database.ArtistMembership;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.CommunityRating;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.PartialDate;
import dev.needledrop.discogs.model.database.RatingSummary;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.ReleaseRating;
import dev.needledrop.discogs.model.database.ReleaseStats;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.model.database.Track;
import dev.needledrop.discogs.model.database.TrackType;
import dev.needledrop.discogs.model.database.UserReleaseRating;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decodes every recorded Database response the testkit ships through the real adapter, served as
 * bytes from a local {@link CaseServer}, and checks the values that matter.
 */
class DatabaseFixtureDecodingTest {

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

  private void serve(String fixture) {
    server.enqueue(Fixtures.ok(fixture));
  }

  @Nested
  class Releases {

    @Test
    void decodesNeverGonnaGiveYouUp() {
      serve("release/release-249504-never-gonna-give-you-up.json");

      Release release = database.release(ReleaseId.of(249504));

      assertThat(release.title()).isEqualTo("Never Gonna Give You Up");
      assertThat(release.artistsDisplay()).isEqualTo("Rick Astley");
      assertThat(release.tracklist()).extracting(t -> t.position().raw()).containsExactly("A", "B");
      assertThat(release.labels())
          .extracting(EntityCredit::name, EntityCredit::catno)
          .containsExactly(tuple("RCA", "PB 41447"));
      assertThat(release.companies()).hasSize(11);
      assertThat(release.companies().get(0).entityTypeName())
          .isEqualTo("Phonographic Copyright (p)");
      assertThat(release.community().have()).isEqualTo(2121);
      assertThat(release.community().want()).isEqualTo(351);
      assertThat(release.community().rating()).isEqualTo(new RatingSummary(3.64, 148));
      assertThat(release.community().contributors()).hasSize(12);
      assertThat(release.year()).isEqualTo(OptionalInt.of(1987));
      assertThat(release.released().precision()).isEqualTo(PartialDate.Precision.MONTH);
      assertThat(release.masterId()).contains(MasterId.of(96559));
      assertThat(release.lowestPrice()).contains(Money.of("0.84", Currency.USD));
      assertThat(release.numForSale()).hasValue(82);
      assertThat(release.estimatedWeight()).isEqualTo(OptionalInt.of(60));
      assertThat(release.videos()).hasSize(13);
      assertThat(release.videos().get(0).duration()).isEqualTo(Duration.ofSeconds(213));
      assertThat(release.images()).hasSize(4);
      assertThat(release.identifiers()).hasSize(12);
      assertThat(release.extraArtists()).hasSize(6);
      assertThat(release.dateAdded().flatMap(t -> t.toOffsetDateTime()))
          .contains(OffsetDateTime.of(2004, 4, 30, 8, 10, 5, 0, ZoneOffset.ofHours(-7)));
    }

    @Test
    void keepsAllOneHundredFortyNineEntriesOfTheSatieBoxWithTheirSubTracks() {
      serve("release/release-9536040-satie-complete-edition-149-entries-index-subtracks.json");

      Release release = database.release(ReleaseId.of(9536040));

      assertThat(release.tracklist()).hasSize(149);
      Map<TrackType, Long> byType =
          release.tracklist().stream()
              .collect(Collectors.groupingBy(Track::type, Collectors.counting()));
      assertThat(byType)
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(TrackType.HEADING, 16L, TrackType.TRACK, 63L, TrackType.INDEX, 70L));
      assertThat(release.tracklist().stream().mapToInt(t -> t.subTracks().size()).sum())
          .isEqualTo(335);
      assertThat(release.playableTracks()).hasSize(63 + 335);
      assertThat(release.labels())
          .extracting(EntityCredit::name)
          .containsExactly("Erato", "Warner Classics");
      assertThat(release.labels()).extracting(EntityCredit::catno).containsOnly("0825646047963");
      assertThat(release.formats())
          .extracting(f -> f.name() + " x" + f.quantity())
          .containsExactly("Box Set x1", "CD x10");
      assertThat(release.formatQuantity()).isEqualTo(OptionalInt.of(10));
      assertThat(release.masterId()).isEmpty();
      assertThat(release.videos()).isEmpty();
      assertThat(release.extraArtists()).hasSize(92);
    }

    @Test
    void readsTheMissingFieldsOfTheRoyalScamAsAbsent() {
      serve("release/release-9680548-royal-scam-missing-optional-fields.json");

      Release release = database.release(ReleaseId.of(9680548));

      assertThat(release.title()).isEqualTo("The Royal Scam");
      assertThat(release.year()).isEmpty();
      assertThat(release.released().isAbsent()).isTrue();
      assertThat(release.releasedFormatted()).isEmpty();
      assertThat(release.estimatedWeight()).isEmpty();
      assertThat(release.lowestPrice()).isEmpty();
      assertThat(release.labels().get(0).catno()).isEqualTo("none");
      assertThat(release.formats().get(0).quantityNumber()).isEqualTo(OptionalInt.of(9));
      assertThat(release.tracklist()).hasSize(9);
    }

    @Test
    void joinsTwoMainArtistsAsDiscogsShowsThem() {
      serve("release/release-6895819-split-two-artists.json");

      Release release = database.release(ReleaseId.of(6895819));

      assertThat(release.artistsDisplay()).isEqualTo("Former Ghosts, Funeral Advantage");
      assertThat(release.released().toLocalDate()).contains(LocalDate.of(2015, 4, 14));
      assertThat(release.companies()).isEmpty();
    }

    @Test
    void keepsTheLowestPriceExactToTheDecimalSent() {
      serve("release/release-1-stockholm-2014.json");

      Release release = database.release(ReleaseId.of(1), Currency.EUR);

      assertThat(release.title()).isEqualTo("Stockholm");
      assertThat(release.lowestPrice())
          .contains(new Money(new BigDecimal("8.077169493076712"), Currency.EUR));
      assertThat(server.onlyRequest().query()).containsEntry("curr_abbr", "EUR");
    }

    @Test
    void readsACountForSaleLeftOutAsUnknownRatherThanZero() {
      serve("release/release-1-stockholm-2014.json");

      Release release = database.release(ReleaseId.of(1));

      assertThat(release.lowestPrice()).isPresent();
      assertThat(release.numForSale()).isEmpty();
    }

    @Test
    void decodesTheOlderRecordingsWithHttpUrlsAndSeries() {
      serve("release/release-2281630-splazsh-legacy-http-urls.json");
      serve("release/release-8138518-elephant-riddim.json");

      Release splazsh = database.release(ReleaseId.of(2281630));
      Release riddim = database.release(ReleaseId.of(8138518));

      assertThat(splazsh.title()).isEqualTo("Splazsh");
      assertThat(splazsh.tracklist()).hasSize(14);
      assertThat(splazsh.released().toLocalDate()).contains(LocalDate.of(2010, 5, 31));
      assertThat(riddim.series())
          .singleElement()
          .satisfies(series -> assertThat(series.name()).isEqualTo("Original Jazz Classics"));
      assertThat(riddim.lowestPrice()).contains(Money.of("10.0", Currency.USD));
    }
  }

  @Nested
  class Masters {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "master-33687-apotheosis-o-fortuna-2014.json, 33687, O Fortuna, Apotheosis, 42575, 2",
      "master-52086-dream-theater-images-and-words.json, 52086, Images And Words, Dream Theater,"
          + " 1827596, 2",
      "master-666-1349-hellfire.json, 666, Hellfire, 1349, 580058, 8",
      "master-718441-eminem-infinite.json, 718441, Infinite, Eminem, 3221262, 11",
      "master-9800-legacy-http-urls.json, 9800, Sluneční Hodiny, Synkopy, 5160870, 8"
    })
    void decodesTheMaster(
        String file, long id, String title, String firstArtist, long mainRelease, int tracks) {
      serve("master/" + file);

      Master master = database.master(MasterId.of(id));

      assertThat(master.id()).isEqualTo(MasterId.of(id));
      assertThat(master.title()).isEqualTo(title);
      assertThat(master.artists().get(0).name()).isEqualTo(firstArtist);
      assertThat(master.mainRelease()).isEqualTo(ReleaseId.of(mainRelease));
      assertThat(master.tracklist()).hasSize(tracks);
    }

    @Test
    void readsTheMostRecentReleaseAndPriceOfHellfire() {
      serve("master/master-666-1349-hellfire.json");

      Master master = database.master(MasterId.of(666));

      assertThat(master.mostRecentRelease()).contains(ReleaseId.of(14250171));
      assertThat(master.lowestPrice()).contains(Money.of("4.88", Currency.USD));
      assertThat(master.numForSale()).hasValue(91);
      assertThat(master.year()).isEqualTo(OptionalInt.of(2005));
      assertThat(master.tracklist().get(0).extraArtists())
          .extracting(c -> c.displayName())
          .containsExactly("Destroyer", "Tjalve");
      assertThat(master.videos().get(0).duration()).isEqualTo(Duration.ofSeconds(830));
      assertThat(server.onlyRequest().requestLine()).isEqualTo("GET /masters/666?curr_abbr=USD");
    }

    @Test
    void readsAMasterWithoutPriceOrMostRecentRelease() {
      serve("master/master-33687-apotheosis-o-fortuna-2014.json");

      Master master = database.master(MasterId.of(33687));

      assertThat(master.mostRecentRelease()).isEmpty();
      assertThat(master.lowestPrice()).isEmpty();
      // Recorded in 2014, before Discogs sent num_for_sale: unknown, not zero copies.
      assertThat(master.numForSale()).isEmpty();
    }
  }

  @Nested
  class MasterVersions {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "master-33687-versions-per_page4-page2-2014.json, 33687, 2, 3, 4, 9, 4",
      "master-52086-versions-page1-trimmed.json, 52086, 1, 2, 50, 86, 1",
      "master-666-versions-page1-per_page1-with-filters.json, 666, 1, 15, 1, 15, 1",
      "master-9800-versions-legacy.json, 9800, 1, 1, 50, 3, 3"
    })
    void decodesThePage(
        String file, long id, int page, int pages, int perPage, int items, int count) {
      serve("master-versions/" + file);

      Page<MasterVersion> versions =
          database.masterVersions(MasterId.of(id), MasterVersionsQuery.all(), PageRequest.first());

      assertThat(versions.pagination()).isEqualTo(new Pagination(page, pages, perPage, items));
      assertThat(versions.items()).hasSize(count);
    }

    @Test
    void decodesAVersionWithItsStats() {
      serve("master-versions/master-52086-versions-page1-trimmed.json");

      MasterVersion version =
          database
              .masterVersions(MasterId.of(52086), MasterVersionsQuery.all(), PageRequest.first())
              .items()
              .get(0);

      assertThat(version.id()).isEqualTo(ReleaseId.of(8924382));
      assertThat(version.label()).isEqualTo("ATCO Records");
      assertThat(version.catno()).isEqualTo("92148-4, 7 92148-4");
      assertThat(version.country()).isEqualTo("US");
      assertThat(version.majorFormats()).containsExactly("Cassette");
      assertThat(version.released().year()).isEqualTo(OptionalInt.of(1992));
      assertThat(version.stats().community()).contains(new ItemStats.Counts(385, 111));
    }

    @Test
    void decodesTheLegacyVersionsWithoutStats() {
      serve("master-versions/master-9800-versions-legacy.json");

      List<MasterVersion> versions =
          database
              .masterVersions(MasterId.of(9800), MasterVersionsQuery.all(), PageRequest.first())
              .items();

      assertThat(versions)
          .extracting(MasterVersion::label)
          .containsExactly("Panton", "Bonton, Bonton", "Panton");
      assertThat(versions.get(0).stats()).isEqualTo(ItemStats.NONE);
      assertThat(versions.get(0).stats().community()).isEmpty();
    }
  }

  @Nested
  class Artists {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "artist-23755-miles-davis.json, 23755, Miles Davis, Miles Dewey Davis III, 5, 0, 32",
      "artist-260935-dream-theater.json, 260935, Dream Theater, '', 1, 9, 0",
      "artist-313929-cirith-ungol-legacy.json, 313929, Cirith Ungol, '', 0, 7, 0",
      "artist-38661-eminem.json, 38661, Eminem, Marshall Bruce Mathers III, 3, 0, 0",
      "artist-45-aphex-twin-2014.json, 45, Aphex Twin, Richard David James, 16, 0, 0"
    })
    void decodesTheArtist(
        String file, long id, String name, String realName, int aliases, int members, int groups) {
      serve("artist/" + file);

      Artist artist = database.artist(ArtistId.of(id));

      assertThat(artist.name()).isEqualTo(name);
      assertThat(artist.realName()).isEqualTo(realName);
      assertThat(artist.aliases()).hasSize(aliases);
      assertThat(artist.members()).hasSize(members);
      assertThat(artist.groups()).hasSize(groups);
    }

    @Test
    void readsMembersWithTheirActiveFlag() {
      serve("artist/artist-260935-dream-theater.json");

      Artist artist = database.artist(ArtistId.of(260935));

      assertThat(artist.members())
          .first()
          .satisfies(
              member -> {
                assertThat(member.artist().name()).isEqualTo("Kevin Moore");
                assertThat(member.active()).isFalse();
              });
      assertThat(artist.members())
          .filteredOn(ArtistMembership::active)
          .extracting(member -> member.artist().name())
          .contains("Mike Portnoy");
      assertThat(artist.aliases())
          .singleElement()
          .satisfies(alias -> assertThat(alias.name()).isEqualTo("Majesty (10)"));
      assertThat(artist.nameVariations()).hasSize(2);
      assertThat(artist.dataQuality()).isEqualTo("Needs Vote");
    }
  }

  @Nested
  class ArtistReleases {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "artist-1-releases-page1.json, 1, 1, 3, 50, 110, 49",
      "artist-1-releases-sort-title-asc-per_page1.json, 1, 1, 103, 1, 103, 1",
      "artist-260935-releases-sort-year-desc-trimmed.json, 260935, 1, 18, 50, 870, 2",
      "artist-313929-releases-legacy.json, 313929, 1, 1, 50, 37, 37",
      "artist-45-releases-page1-2014.json, 45, 1, 15, 50, 724, 50"
    })
    void decodesThePage(
        String file, long id, int page, int pages, int perPage, int items, int count) {
      serve("artist-releases/" + file);

      Page<ArtistRelease> releases =
          database.artistReleases(ArtistId.of(id), Optional.empty(), PageRequest.first());

      assertThat(releases.pagination()).isEqualTo(new Pagination(page, pages, perPage, items));
      assertThat(releases.items()).hasSize(count);
    }

    @Test
    void tellsMastersFromReleasesAndReadsTheirStats() {
      serve("artist-releases/artist-260935-releases-sort-year-desc-trimmed.json");

      ArtistRelease parasomnia =
          database
              .artistReleases(ArtistId.of(260935), Optional.empty(), PageRequest.first())
              .items()
              .get(0);

      assertThat(parasomnia.title()).isEqualTo("Parasomnia");
      assertThat(parasomnia.masterId()).contains(MasterId.of(3743379));
      assertThat(parasomnia.mainRelease()).contains(ReleaseId.of(33070830));
      assertThat(parasomnia.year()).isEqualTo(OptionalInt.of(2025));
      assertThat(parasomnia.stats().community()).contains(new ItemStats.Counts(33, 8));
      assertThat(parasomnia.stats().user()).contains(new ItemStats.Counts(0, 0));
    }

    @Test
    void readsAPlainReleaseEntry() {
      serve("artist-releases/artist-1-releases-page1.json");

      ArtistRelease kaos =
          database
              .artistReleases(ArtistId.of(1), Optional.empty(), PageRequest.first())
              .items()
              .get(0);

      assertThat(kaos.title()).isEqualTo("Kaos");
      assertThat(kaos.releaseId()).contains(ReleaseId.of(20209));
      assertThat(kaos.role()).isEqualTo("Main");
      assertThat(kaos.mainRelease()).isEmpty();
    }
  }

  @Nested
  class Labels {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "label-1-planet-e-2014.json, 1, Planet E, 6, 13",
      "label-1-planet-e.json, 1, Planet E, 2, 3",
      "label-1000-warner-bros-legacy.json, 1000, Warner Bros. Records, 44, 10",
      "label-3456-real-right-recordings.json, 3456, Real Right Recordings, 0, 0"
    })
    void decodesTheLabel(String file, long id, String name, int sublabels, int urls) {
      serve("label/" + file);

      Label label = database.label(LabelId.of(id));

      assertThat(label.name()).isEqualTo(name);
      assertThat(label.sublabels()).hasSize(sublabels);
      assertThat(label.urls()).hasSize(urls);
    }

    @Test
    void readsTheParentLabelAndProfile() {
      serve("label/label-3456-real-right-recordings.json");

      Label label = database.label(LabelId.of(3456));

      assertThat(label.parentLabel())
          .hasValueSatisfying(
              parent -> {
                assertThat(parent.id()).isEqualTo(LabelId.of(788));
                assertThat(parent.name()).isEqualTo("Intangible Records & Soundworks");
              });
      assertThat(label.profile()).startsWith("[a119]'s sublabel");
      assertThat(label.contactInfo()).isEqualTo("realrightrecordings@aol.com");
    }

    @Test
    void readsALabelWithoutParent() {
      serve("label/label-1-planet-e.json");

      Label label = database.label(LabelId.of(1));

      assertThat(label.parentLabel()).isEmpty();
      assertThat(label.sublabels().get(0).name()).isEqualTo("Antidote (4)");
      assertThat(label.contactInfo()).startsWith("Planet E Communications");
    }
  }

  @Nested
  class LabelReleases {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "label-1-releases-per_page2-2014.json, 1, 1, 169, 2, 338, 2",
      "label-3456-releases.json, 3456, 1, 1, 50, 2, 2",
      "label-releases-legacy-buntine.json, 1, 1, 1, 50, 8, 8"
    })
    void decodesThePage(
        String file, long id, int page, int pages, int perPage, int items, int count) {
      serve("label-releases/" + file);

      Page<LabelRelease> releases = database.labelReleases(LabelId.of(id), PageRequest.first());

      assertThat(releases.pagination()).isEqualTo(new Pagination(page, pages, perPage, items));
      assertThat(releases.items()).hasSize(count);
    }

    @Test
    void readsCatalogueEntries() {
      serve("label-releases/label-3456-releases.json");

      List<LabelRelease> releases =
          database.labelReleases(LabelId.of(3456), PageRequest.first()).items();

      assertThat(releases).extracting(LabelRelease::catno).containsExactly("RRCD001", "RRV 001");
      assertThat(releases.get(0).artist()).isEqualTo("Terrence Parker");
      assertThat(releases.get(0).format()).isEqualTo("CD, Comp, Mixed");
      assertThat(releases.get(0).year()).isEqualTo(OptionalInt.of(2001));
      assertThat(releases.get(1).stats().community()).contains(new ItemStats.Counts(118, 152));
    }

    @Test
    void readsEntriesWithoutYearOrStats() {
      serve("label-releases/label-1-releases-per_page2-2014.json");

      LabelRelease first =
          database.labelReleases(LabelId.of(1), PageRequest.first()).items().get(0);

      assertThat(first.id()).isEqualTo(ReleaseId.of(2801));
      assertThat(first.title()).isEqualTo("DJ-Kicks");
      assertThat(first.year()).isEmpty();
      assertThat(first.stats()).isEqualTo(ItemStats.NONE);
    }
  }

  @Nested
  class Search {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
      "docs-search-nirvana-example.json, 1, 66, 3, 198, 3",
      "search-babymetal-metal-galaxy-master-and-release.json, 1, 1, 50, 2, 2",
      "search-moonblood-4-releases-legacy.json, 1, 1, 50, 4, 4",
      "search-q-demi-lovato-title-sorry-not-sorry.json, 1, 1, 50, 3, 3",
      "search-q-prodigy-type-release-page1-2014.json, 1, 114, 50, 5661, 50",
      "search-type-release-page1-50-results.json, 1, 200, 50, 13876631, 50"
    })
    void decodesThePage(String file, int page, int pages, int perPage, int items, int count) {
      serve("search/" + file);

      Page<SearchResult> results = database.search(SearchQuery.text("x"), PageRequest.first());

      assertThat(results.pagination()).isEqualTo(new Pagination(page, pages, perPage, items));
      assertThat(results.items()).hasSize(count);
    }

    @Test
    void readsAReleaseHitWithItsMasterAndUserData() {
      serve("search/search-babymetal-metal-galaxy-master-and-release.json");

      List<SearchResult> hits = database.search(SearchQuery.text("x"), PageRequest.first()).items();
      SearchResult master = hits.get(0);
      SearchResult release = hits.get(1);

      assertThat(master.masterId()).contains(MasterId.of(1618299));
      assertThat(release.releaseId()).contains(ReleaseId.of(14339492));
      assertThat(release.masterId()).contains(MasterId.of(1618299));
      assertThat(release.title()).isEqualTo("Babymetal - Metal Galaxy");
      assertThat(release.year()).isEqualTo(OptionalInt.of(2019));
      assertThat(release.formats()).containsExactly("Vinyl", "LP", "Album", "Limited Edition");
      assertThat(release.labels()).containsExactly("Ear Music", "Babymetal Records");
      assertThat(release.genres()).containsExactly("Rock", "Pop");
      assertThat(release.styles()).hasSize(3);
      assertThat(release.barcodes()).hasSize(3);
      assertThat(release.catno()).isEqualTo("0214346EMU");
      assertThat(release.community()).contains(new SearchResult.HaveWant(100, 82));
      assertThat(release.formatQuantity()).isEqualTo(OptionalInt.of(2));
      assertThat(release.userData()).contains(new SearchResult.UserData(false, false));
      assertThat(release.uri()).isEqualTo("/release/14339492-Babymetal-Metal-Galaxy");
    }

    @Test
    void readsHitsWithoutYearOrMaster() {
      serve("search/search-type-release-page1-50-results.json");

      SearchResult leftism =
          database.search(SearchQuery.text("x"), PageRequest.first()).items().get(0);

      assertThat(leftism.title()).isEqualTo("Leftfield - Leftism");
      assertThat(leftism.year()).isEmpty();
      assertThat(leftism.masterId()).contains(MasterId.of(66073));
      assertThat(leftism.country()).isEqualTo("UK & Europe");
    }
  }

  @Nested
  class Ratings {

    @Test
    void decodesTheCommunityRating() {
      serve("community-rating/release-249504-community-rating.json");

      CommunityRating rating = database.communityRating(ReleaseId.of(249504));

      assertThat(rating)
          .isEqualTo(new CommunityRating(ReleaseId.of(249504), new RatingSummary(3.65, 150)));
      assertThat(server.onlyRequest().requestLine()).isEqualTo("GET /releases/249504/rating");
    }

    @Test
    void decodesAUsersUnsetRating() {
      serve("user-rating/release-249504-rating-by-user-get.json");

      UserReleaseRating rating =
          database.userRating(ReleaseId.of(249504), Username.of("example_user"));

      assertThat(rating.rating()).isZero();
      assertThat(rating.isRated()).isFalse();
      assertThat(rating.username()).isEqualTo(Username.of("example_user"));
    }

    @Test
    void putsTheRatingAsJsonAndDecodesTheAnswer() {
      serve("user-rating/release-249504-rating-by-user-put.json");

      UserReleaseRating rating =
          database.rateRelease(
              ReleaseId.of(249504), Username.of("example_user"), ReleaseRating.of(1));

      assertThat(rating)
          .isEqualTo(new UserReleaseRating(ReleaseId.of(249504), Username.of("example_user"), 1));
      assertThat(server.onlyRequest().requestLine())
          .isEqualTo("PUT /releases/249504/rating/example_user");
      assertThat(server.onlyRequest().bodyText()).isEqualTo("{\"rating\":1}");
      assertThat(server.onlyRequest().header("Content-Type")).contains("application/json");
    }

    @Test
    void decodesTheDocumentedStatsShape() {
      serve("release-stats/docs-release-stats-example.json");

      ReleaseStats stats = database.releaseStats(ReleaseId.of(249504));

      assertThat(stats)
          .isEqualTo(new ReleaseStats(OptionalInt.of(2315), OptionalInt.of(467), Optional.empty()));
    }

    @Test
    void decodesTheCurrentStatsShape() {
      serve("release-stats/release-249504-stats-current.json");

      ReleaseStats stats = database.releaseStats(ReleaseId.of(249504));

      assertThat(stats)
          .isEqualTo(
              new ReleaseStats(OptionalInt.empty(), OptionalInt.empty(), Optional.of(false)));
    }
  }

  @Nested
  class Errors {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        value = {
          "401-must-authenticate.json | 401 | You must authenticate to access this resource.",
          "403-no-permission.json | 403 | You don't have permission to access this resource.",
          "404-artist-not-found.json | 404 | Artist not found.",
          "404-label-not-found.json | 404 | Label not found.",
          "404-master-not-found.json | 404 | Master Release not found.",
          "404-release-not-found.json | 404 | Release not found.",
          "404-requested-resource-not-found.json | 404 | The requested resource was not found.",
          "422-invalid-inventory-status.json | 422 | Invalid status: expected one of All, Deleted,"
              + " Draft, Expired, For Sale, Sold, Suspended, Violation.",
          "500-search-malformed-query.json | 500 | An internal server error occurred. (Malformed"
              + " query?)",
          "500-search-query-time-exceeded.json | 500 | Query time exceeded. Please try a simpler"
              + " query."
        })
    void raisesTheTypedErrorWithTheServerMessage(String file, int status, String message) {
      server.enqueue(ScriptedResponse.json(status, "").withBody(Fixtures.bytes("errors/" + file)));

      assertThatThrownBy(() -> database.release(ReleaseId.of(1)))
          .asInstanceOf(type(DiscogsServiceException.class))
          .satisfies(
              error -> {
                assertThat(error).isInstanceOf(expectedType(status));
                assertThat(error.status()).isEqualTo(status);
                assertThat(error.serverMessage()).isEqualTo(message);
                assertThat(error.bodyPreview()).isEmpty();
                assertThat(error.rateLimit()).isPresent();
              });
    }

    @Test
    void raisesRateLimitedWithTheSnapshotAndRetryAfter() {
      server.enqueue(
          ScriptedResponse.json(429, "")
              .withBody(Fixtures.bytes("synthetic/errors/429-too-many-requests.json"))
              .withHeader("X-Discogs-Ratelimit-Used", "60")
              .withHeader("X-Discogs-Ratelimit-Remaining", "0")
              .withHeader("Retry-After", "7"));

      assertThatThrownBy(() -> database.release(ReleaseId.of(1)))
          .asInstanceOf(type(RateLimitedException.class))
          .satisfies(
              limited -> {
                assertThat(limited.serverMessage())
                    .isEqualTo("You are making requests too quickly.");
                assertThat(limited.retryAfter()).contains(Duration.ofSeconds(7));
                assertThat(limited.rateLimit())
                    .hasValueSatisfying(snapshot -> assertThat(snapshot.isExhausted()).isTrue());
              });
      assertThat(discogs.lastRateLimit())
          .hasValueSatisfying(snapshot -> assertThat(snapshot.used()).isEqualTo(60));
    }

    private Class<? extends DiscogsServiceException> expectedType(int status) {
      Map<Integer, Class<? extends DiscogsServiceException>> types =
          Map.of(
              401, UnauthorizedException.class,
              403, ForbiddenException.class,
              404, NotFoundException.class,
              422, BadRequestException.class,
              500, ServerErrorException.class);
      return types.get(status);
    }
  }
}
