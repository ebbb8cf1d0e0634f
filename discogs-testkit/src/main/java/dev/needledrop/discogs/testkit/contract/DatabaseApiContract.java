package dev.needledrop.discogs.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.needledrop.discogs.api.ArtistReleaseSort;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.MasterVersionSort;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.ReleaseRating;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.model.database.SearchType;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.ExchangeRates;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.data.TestArtistReleases;
import dev.needledrop.discogs.testkit.data.TestArtists;
import dev.needledrop.discogs.testkit.data.TestLabelReleases;
import dev.needledrop.discogs.testkit.data.TestLabels;
import dev.needledrop.discogs.testkit.data.TestMasterVersions;
import dev.needledrop.discogs.testkit.data.TestMasters;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.data.TestSearchResults;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the Database port ({@link DatabaseApi}), run against every implementation: the
 * in-memory fake, and the HTTP adapter over the stub server, so that neither can drift from the
 * other.
 *
 * <p>A subclass provides the database under test, called as {@link #USER} with a personal token and
 * anonymously, a {@link DatabaseSeeder} that puts records where that database reads them, and a
 * count of the calls it has served. Every test seeds its own records under fresh ids, so the
 * backing store may hold other data (such as the stub's standard catalogue) and may last across
 * tests. Over the stub, register it with {@code StubDiscogsServerExtension}, which resets the
 * rate-limit counts before each test; otherwise a class of tests outruns Discogs' 60 requests a
 * minute.
 *
 * <pre>{@code
 * class InMemoryDatabaseContractTest extends DatabaseApiContract {
 *   private final InMemoryDatabase fake = InMemoryDatabase.create();
 *   protected DatabaseApi database() { return fake; }
 *   protected DatabaseApi anonymousDatabase() { return fake.asAnonymous(); }
 *   protected DatabaseSeeder seeder() { return fake; }
 *   protected int requestCount() { return fake.callCount(); }
 * }
 * }</pre>
 */
public abstract class DatabaseApiContract {

  /** The user {@link #database()} acts as. */
  protected static final Username USER = Username.of(StubDiscogsServer.DEFAULT_USERNAME);

  /** Another user, whose ratings the caller may read but not change. */
  protected static final Username OTHER_USER = Username.of(StubDiscogsServer.OTHER_USERNAME);

  private static final AtomicLong IDS = new AtomicLong(900_000_000L);

  /** Returns the database under test, called as {@link #USER} with the user's personal token. */
  protected abstract DatabaseApi database();

  /** Returns the database under test over the same data, called without credentials. */
  protected abstract DatabaseApi anonymousDatabase();

  /** Returns the seeder that puts records where the database under test reads them. */
  protected abstract DatabaseSeeder seeder();

  /**
   * Returns how many calls the database's backend has served so far (requests for an HTTP adapter,
   * method calls for a fake); compared before and after a stream to see what it fetched.
   */
  protected abstract int requestCount();

  /** Returns an id no other test of this run uses, with room for related ids above it. */
  protected static long freshId() {
    return IDS.addAndGet(100);
  }

  /** Returns a word no other test of this run searches for. */
  protected static String freshWord() {
    return "Qz" + Long.toString(freshId(), 36);
  }

  @Nested
  class ReleaseLookup {

    @Test
    void returnsTheSeededReleaseWithEveryPart() {
      Release seeded = ContractRecords.release(freshId(), freshWord());
      seeder().putRelease(seeded);

      assertThat(database().release(seeded.id())).isEqualTo(seeded);
    }

    @Test
    void convertsTheLowestPriceToTheCurrencyAskedForRoundedToItsDecimals() {
      Release seeded = ContractRecords.release(freshId(), freshWord());
      seeder().putRelease(seeded);

      assertThat(database().release(seeded.id(), Currency.EUR).lowestPrice())
          .hasValue(Money.of("11.50", Currency.EUR));
      assertThat(database().release(seeded.id(), Currency.JPY).lowestPrice())
          .hasValue(Money.of("1875", Currency.JPY));
    }

    @Test
    void keepsAPriceAskedForInTheCurrencyItWasSeededInExact() {
      Release seeded = TestReleases.release(freshId()).forSale(2, "7.125", Currency.GBP).build();
      seeder().putRelease(seeded);

      assertThat(database().release(seeded.id(), Currency.GBP).lowestPrice())
          .hasValue(Money.of("7.125", Currency.GBP));
      assertThat(database().release(seeded.id(), Currency.USD).lowestPrice())
          .hasValue(ExchangeRates.convert(Money.of("7.125", Currency.GBP), Currency.USD));
    }

    @Test
    void keepsACountForSaleThatWasNeverSentUnknown() {
      Release seeded =
          TestReleases.release(freshId()).notForSale().numForSale(OptionalInt.empty()).build();
      seeder().putRelease(seeded);

      Release release = database().release(seeded.id());

      assertThat(release.numForSale()).isEmpty();
      assertThat(release.lowestPrice()).isEmpty();
    }

    @Test
    void tellsNoCopiesForSaleFromAnUnknownCount() {
      Release seeded = TestReleases.release(freshId()).notForSale().build();
      seeder().putRelease(seeded);

      assertThat(database().release(seeded.id()).numForSale()).hasValue(0);
    }

    @Test
    void withholdsImageUrlsFromAnonymousCallers() {
      Release seeded = ContractRecords.release(freshId(), freshWord());
      seeder().putRelease(seeded);

      Release release = anonymousDatabase().release(seeded.id());

      assertThat(release.images()).hasSize(2).allMatch(Image::isWithheld);
      assertThat(release.images()).extracting(Image::width).containsExactly(600, 500);
      assertThat(release.thumb()).isEmpty();
      assertThat(release.title()).isEqualTo(seeded.title());
    }

    @Test
    void failsWithNotFoundForAnUnknownRelease() {
      ReleaseId unknown = ReleaseId.of(freshId());

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> database().release(unknown))
          .satisfies(error -> assertThat(error.serverMessage()).isEqualTo("Release not found."));
    }
  }

  @Nested
  class CommunityRatingLookup {

    @Test
    void returnsTheRatingOfTheReleasesCommunity() {
      Release seeded = ContractRecords.release(freshId(), freshWord());
      seeder().putRelease(seeded);

      assertThat(database().communityRating(seeded.id()).rating())
          .isEqualTo(seeded.community().rating());
    }

    @Test
    void failsWithNotFoundForAnUnknownRelease() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> database().communityRating(ReleaseId.of(freshId())));
    }
  }

  @Nested
  class UserRating {

    @Test
    void readsZeroForAReleaseTheUserHasNotRated() {
      ReleaseId id = seedRelease();

      assertThat(database().userRating(id, USER).rating()).isZero();
      assertThat(database().userRating(id, USER).isRated()).isFalse();
    }

    @Test
    void readsAnotherUsersRating() {
      ReleaseId id = seedRelease();
      seeder().putUserRating(id, OTHER_USER, 4);

      assertThat(database().userRating(id, OTHER_USER).rating()).isEqualTo(4);
    }

    @Test
    void failsWithNotFoundForAnUnknownRelease() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> database().userRating(ReleaseId.of(freshId()), USER));
    }
  }

  @Nested
  class RateRelease {

    @Test
    void setsTheUsersRatingAndReadsItBack() {
      ReleaseId id = seedRelease();

      assertThat(database().rateRelease(id, USER, ReleaseRating.of(4)).rating()).isEqualTo(4);
      assertThat(database().userRating(id, USER).rating()).isEqualTo(4);
    }

    @Test
    void replacesAnEarlierRating() {
      ReleaseId id = seedRelease();
      database().rateRelease(id, USER, ReleaseRating.of(2));

      database().rateRelease(id, USER, ReleaseRating.of(5));

      assertThat(database().userRating(id, USER).rating()).isEqualTo(5);
    }

    @Test
    void refusesToRateForAnotherUser() {
      ReleaseId id = seedRelease();

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> database().rateRelease(id, OTHER_USER, ReleaseRating.of(3)));
      assertThat(database().userRating(id, OTHER_USER).rating()).isZero();
    }

    @Test
    void refusesAnonymousCallers() {
      ReleaseId id = seedRelease();

      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousDatabase().rateRelease(id, USER, ReleaseRating.of(3)));
    }

    @Test
    void failsWithNotFoundForAnUnknownRelease() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(
              () -> database().rateRelease(ReleaseId.of(freshId()), USER, ReleaseRating.of(3)));
    }
  }

  @Nested
  class DeleteReleaseRating {

    @Test
    void removesTheUsersRating() {
      ReleaseId id = seedRelease();
      database().rateRelease(id, USER, ReleaseRating.of(4));

      database().deleteReleaseRating(id, USER);

      assertThat(database().userRating(id, USER).rating()).isZero();
    }

    @Test
    void refusesToDeleteAnotherUsersRating() {
      ReleaseId id = seedRelease();
      seeder().putUserRating(id, OTHER_USER, 3);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> database().deleteReleaseRating(id, OTHER_USER));
      assertThat(database().userRating(id, OTHER_USER).rating()).isEqualTo(3);
    }

    @Test
    void refusesAnonymousCallers() {
      ReleaseId id = seedRelease();

      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousDatabase().deleteReleaseRating(id, USER));
    }
  }

  @Nested
  class ReleaseStatsLookup {

    @Test
    void returnsTheOffensiveFlagDiscogsSendsToday() {
      Release seeded = TestReleases.release(freshId()).offensive(true).build();
      seeder().putRelease(seeded);

      var stats = database().releaseStats(seeded.id());

      assertThat(stats.offensive()).hasValue(true);
      assertThat(stats.numHave()).isEmpty();
      assertThat(stats.numWant()).isEmpty();
    }

    @Test
    void failsWithNotFoundForAnUnknownRelease() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> database().releaseStats(ReleaseId.of(freshId())));
    }
  }

  @Nested
  class MasterLookup {

    @Test
    void returnsTheSeededMasterWithEveryPart() {
      var seeded = ContractRecords.master(freshId(), freshWord());
      seeder().putMaster(seeded);

      assertThat(database().master(seeded.id())).isEqualTo(seeded);
    }

    @Test
    void keepsACountForSaleThatWasNeverSentUnknown() {
      Master seeded = TestMasters.master(freshId()).numForSale(OptionalInt.empty()).build();
      seeder().putMaster(seeded);

      assertThat(database().master(seeded.id()).numForSale()).isEmpty();
    }

    @Test
    void failsWithNotFoundForAnUnknownMaster() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> database().master(MasterId.of(freshId())))
          .satisfies(
              error -> assertThat(error.serverMessage()).isEqualTo("Master Release not found."));
    }
  }

  @Nested
  class MasterVersions {

    @Test
    void returnsTheSeededVersionsInTheOrderAdded() {
      MasterId master = seedMaster();
      List<MasterVersion> seeded =
          List.of(
              TestMasterVersions.version(freshId()).country("US").released("1992-07-00").build(),
              TestMasterVersions.version(freshId()).format("CD", "Album, Reissue").build());
      seeded.forEach(version -> seeder().addMasterVersion(master, version));

      Page<MasterVersion> page =
          database().masterVersions(master, MasterVersionsQuery.all(), PageRequest.first());

      assertThat(page.items()).isEqualTo(seeded);
    }

    @Test
    void keepsTheStatsOfAVersionListedWithoutThemUnknown() {
      MasterId master = seedMaster();
      MasterVersion seeded = TestMasterVersions.version(freshId()).stats(ItemStats.NONE).build();
      seeder().addMasterVersion(master, seeded);

      Page<MasterVersion> page =
          database().masterVersions(master, MasterVersionsQuery.all(), PageRequest.first());

      assertThat(page.items()).singleElement().isEqualTo(seeded);
      assertThat(page.items().get(0).stats().community()).isEmpty();
    }

    @Test
    void filtersByFormatLabelYearAndCountry() {
      MasterId master = seedMaster();
      long uk = addVersion(master, version -> version.country("UK").released("1992"));
      long cd = addVersion(master, version -> version.format("CD", "Album").released("2005"));
      long emi = addVersion(master, version -> version.label("EMI").country("Japan"));

      assertThat(versionIds(master, MasterVersionsQuery.all().withFormat("CD")))
          .containsExactly(cd);
      assertThat(versionIds(master, MasterVersionsQuery.all().withLabel("EMI")))
          .containsExactly(emi);
      assertThat(versionIds(master, MasterVersionsQuery.all().withReleased("1992")))
          .containsExactly(uk);
      assertThat(versionIds(master, MasterVersionsQuery.all().withCountry("Japan")))
          .containsExactly(emi);
    }

    @Test
    void sortsByTheAskedKeyAndOrder() {
      MasterId master = seedMaster();
      long b = addVersion(master, version -> version.country("B-land"));
      long c = addVersion(master, version -> version.country("C-land"));
      long a = addVersion(master, version -> version.country("A-land"));

      assertThat(
              versionIds(
                  master,
                  MasterVersionsQuery.all().sortedBy(Sort.ascending(MasterVersionSort.COUNTRY))))
          .containsExactly(a, b, c);
      assertThat(
              versionIds(
                  master,
                  MasterVersionsQuery.all().sortedBy(Sort.descending(MasterVersionSort.COUNTRY))))
          .containsExactly(c, b, a);
    }

    @Test
    void pagesWithAShortLastPageAndEmptyPagesPastTheEnd() {
      MasterId master = seedMaster();
      for (int i = 0; i < 7; i++) {
        addVersion(master, Function.identity());
      }

      Page<MasterVersion> second = versions(master, PageRequest.of(2, 3));
      Page<MasterVersion> third = versions(master, PageRequest.of(3, 3));
      Page<MasterVersion> beyond = versions(master, PageRequest.of(4, 3));

      assertThat(second.items()).hasSize(3);
      assertThat(second.pagination()).isEqualTo(new Pagination(2, 3, 3, 7));
      assertThat(third.items()).hasSize(1);
      assertThat(third.hasNext()).isFalse();
      assertThat(beyond.items()).isEmpty();
      assertThat(beyond.pagination().page()).isEqualTo(4);
    }

    @Test
    void streamsEveryVersionAndStops() {
      MasterId master = seedMaster();
      LongStream.range(0, 120).forEach(i -> addVersion(master, Function.identity()));
      int before = requestCount();

      long count = database().allMasterVersions(master, MasterVersionsQuery.all()).count();

      assertThat(count).isEqualTo(120);
      assertThat(requestCount() - before).isEqualTo(2);
    }

    @Test
    void failsWithNotFoundForAnUnknownMaster() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> versions(MasterId.of(freshId()), PageRequest.first()));
    }

    private Page<MasterVersion> versions(MasterId master, PageRequest page) {
      return database().masterVersions(master, MasterVersionsQuery.all(), page);
    }

    private List<Long> versionIds(MasterId master, MasterVersionsQuery query) {
      return database().masterVersions(master, query, PageRequest.first()).items().stream()
          .map(version -> version.id().value())
          .toList();
    }

    private long addVersion(
        MasterId master, Function<TestMasterVersions.Builder, TestMasterVersions.Builder> edit) {
      MasterVersion version = edit.apply(TestMasterVersions.version(freshId())).build();
      seeder().addMasterVersion(master, version);
      return version.id().value();
    }
  }

  @Nested
  class ArtistLookup {

    @Test
    void returnsTheSeededArtistWithEveryPart() {
      var seeded = ContractRecords.artist(freshId(), freshWord());
      seeder().putArtist(seeded);

      assertThat(database().artist(seeded.id())).isEqualTo(seeded);
    }

    @Test
    void failsWithNotFoundForAnUnknownArtist() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> database().artist(ArtistId.of(freshId())))
          .satisfies(error -> assertThat(error.serverMessage()).isEqualTo("Artist not found."));
    }
  }

  @Nested
  class ArtistReleases {

    @Test
    void returnsTheSeededDiscographyInTheOrderAdded() {
      ArtistId artist = seedArtist();
      List<ArtistRelease> seeded =
          List.of(
              TestArtistReleases.master(freshId()).title("A Master").year(1990).build(),
              TestArtistReleases.release(freshId()).role("Remix").trackInfo("A1, B2").build(),
              TestArtistReleases.release(freshId()).noYear().build());
      seeded.forEach(entry -> seeder().addArtistRelease(artist, entry));

      assertThat(database().artistReleases(artist, Optional.empty(), PageRequest.first()).items())
          .isEqualTo(seeded);
    }

    @Test
    void listsAReleaseOncePerRole() {
      ArtistId artist = seedArtist();
      long id = freshId();
      seeder().addArtistRelease(artist, TestArtistReleases.release(id).role("Main").build());
      seeder().addArtistRelease(artist, TestArtistReleases.release(id).role("Producer").build());

      assertThat(database().artistReleases(artist, Optional.empty(), PageRequest.first()).items())
          .extracting(ArtistRelease::role)
          .containsExactly("Main", "Producer");
    }

    @Test
    void sortsByYearTitleOrFormat() {
      ArtistId artist = seedArtist();
      long late = addEntry(artist, entry -> entry.year(2001).title("Alpha").format("CD"));
      long early = addEntry(artist, entry -> entry.year(1989).title("charlie").format("Vinyl"));
      long middle = addEntry(artist, entry -> entry.year(1995).title("Bravo").format("Cassette"));

      assertThat(entryIds(artist, Sort.ascending(ArtistReleaseSort.YEAR)))
          .containsExactly(early, middle, late);
      assertThat(entryIds(artist, Sort.descending(ArtistReleaseSort.TITLE)))
          .containsExactly(early, middle, late);
      assertThat(entryIds(artist, Sort.ascending(ArtistReleaseSort.FORMAT)))
          .containsExactly(middle, late, early);
    }

    @Test
    void pagesWithAShortLastPage() {
      ArtistId artist = seedArtist();
      for (int i = 0; i < 5; i++) {
        addEntry(artist, Function.identity());
      }

      Page<ArtistRelease> last =
          database().artistReleases(artist, Optional.empty(), PageRequest.of(3, 2));

      assertThat(last.items()).hasSize(1);
      assertThat(last.pagination()).isEqualTo(new Pagination(3, 3, 2, 5));
    }

    @Test
    void failsWithNotFoundForAnUnknownArtist() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(
              () ->
                  database()
                      .artistReleases(
                          ArtistId.of(freshId()), Optional.empty(), PageRequest.first()));
    }

    private List<Long> entryIds(ArtistId artist, Sort<ArtistReleaseSort> sort) {
      return database()
          .artistReleases(artist, Optional.of(sort), PageRequest.first())
          .items()
          .stream()
          .map(ArtistRelease::id)
          .toList();
    }
  }

  @Nested
  class AllArtistReleases {

    @Test
    void streamsEveryEntryPageByPageInOrder() {
      ArtistId artist = seedArtist();
      List<Long> seeded =
          LongStream.range(0, 150).mapToObj(i -> addEntry(artist, Function.identity())).toList();
      int before = requestCount();

      List<Long> streamed =
          database().allArtistReleases(artist, Optional.empty()).map(ArtistRelease::id).toList();

      assertThat(streamed).isEqualTo(seeded);
      assertThat(requestCount() - before).isEqualTo(2);
    }

    @Test
    void fetchesOnlyThePagesItReaches() {
      ArtistId artist = seedArtist();
      LongStream.range(0, 150).forEach(i -> addEntry(artist, Function.identity()));
      int before = requestCount();

      List<ArtistRelease> firstFive =
          database().allArtistReleases(artist, Optional.empty()).limit(5).toList();

      assertThat(firstFive).hasSize(5);
      assertThat(requestCount() - before).isEqualTo(1);
    }

    @Test
    void stopsAfterAFullLastPage() {
      ArtistId artist = seedArtist();
      LongStream.range(0, 100).forEach(i -> addEntry(artist, Function.identity()));
      int before = requestCount();

      assertThat(database().allArtistReleases(artist, Optional.empty()).count()).isEqualTo(100);
      assertThat(requestCount() - before).isEqualTo(1);
    }

    @Test
    void streamsNothingForAnEmptyDiscography() {
      ArtistId artist = seedArtist();

      assertThat(database().allArtistReleases(artist, Optional.empty())).isEmpty();
    }
  }

  @Nested
  class LabelLookup {

    @Test
    void returnsTheSeededLabelWithEveryPart() {
      var seeded = ContractRecords.label(freshId(), freshWord());
      seeder().putLabel(seeded);

      assertThat(database().label(seeded.id())).isEqualTo(seeded);
    }

    @Test
    void failsWithNotFoundForAnUnknownLabel() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> database().label(LabelId.of(freshId())))
          .satisfies(error -> assertThat(error.serverMessage()).isEqualTo("Label not found."));
    }
  }

  @Nested
  class LabelReleases {

    @Test
    void returnsTheSeededCatalogueInTheOrderAdded() {
      LabelId label = seedLabel();
      List<LabelRelease> seeded =
          List.of(
              TestLabelReleases.release(freshId()).title("First").year(1980).build(),
              TestLabelReleases.release(freshId()).title("Second").format("CD").build());
      seeded.forEach(entry -> seeder().addLabelRelease(label, entry));

      assertThat(database().labelReleases(label, PageRequest.first()).items()).isEqualTo(seeded);
    }

    @Test
    void streamsTheWholeCatalogue() {
      LabelId label = seedLabel();
      LongStream.range(0, 101)
          .forEach(
              i -> seeder().addLabelRelease(label, TestLabelReleases.release(freshId()).build()));

      assertThat(database().allLabelReleases(label).count()).isEqualTo(101);
    }

    @Test
    void failsWithNotFoundForAnUnknownLabel() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> database().labelReleases(LabelId.of(freshId()), PageRequest.first()));
    }
  }

  @Nested
  class Search {

    @Test
    void findsASeededReleaseByFreeTextAsAReleaseResult() {
      String word = freshWord();
      Release release = ContractRecords.release(freshId(), word);
      seeder().putRelease(release);

      List<SearchResult> results = search(SearchQuery.text(word.toLowerCase()));

      assertThat(results).hasSize(1);
      SearchResult result = results.get(0);
      assertThat(result.releaseId()).hasValue(release.id());
      assertThat(result.title()).isEqualTo("Alfa & Beta - " + word + " Long Player");
      assertThat(result.year()).hasValue(1999);
      assertThat(result.country()).isEqualTo("UK");
      assertThat(result.formats()).containsExactly("Vinyl", "LP", "Album", "CD");
      assertThat(result.labels()).containsExactly(word + " Records");
      assertThat(result.catno()).isEqualTo("CAT-" + release.id().value());
      assertThat(result.masterId()).isEqualTo(release.masterId());
      assertThat(result.community()).hasValue(new SearchResult.HaveWant(120, 45));
      assertThat(result.userData()).isPresent();
    }

    @Test
    void limitsResultsToTheAskedType() {
      String word = freshWord();
      seeder().putRelease(ContractRecords.release(freshId(), word));
      seeder().putMaster(ContractRecords.master(freshId(), word));
      var artist = ContractRecords.artist(freshId(), word);
      seeder().putArtist(artist);
      seeder().putLabel(ContractRecords.label(freshId(), word));

      List<SearchResult> all = search(SearchQuery.text(word));
      List<SearchResult> artists =
          search(SearchQuery.builder().query(word).type(SearchType.ARTIST).build());

      assertThat(all)
          .extracting(SearchResult::type)
          .containsExactlyInAnyOrder("release", "master", "artist", "label");
      assertThat(artists)
          .singleElement()
          .satisfies(
              result -> {
                assertThat(result.artistId()).hasValue(artist.id());
                assertThat(result.title()).isEqualTo(artist.name());
              });
    }

    @Test
    void matchesFieldFilters() {
      String word = freshWord();
      Release wanted = ContractRecords.release(freshId(), word);
      Release other =
          TestReleases.from(ContractRecords.release(freshId(), word)).country("Japan").build();
      seeder().putRelease(wanted);
      seeder().putRelease(other);

      List<SearchResult> byCountry =
          search(SearchQuery.builder().releaseTitle(word).country("uk").build());
      List<SearchResult> byCatno =
          search(SearchQuery.builder().catno("cat-" + other.id().value()).build());

      assertThat(byCountry).extracting(SearchResult::id).containsExactly(wanted.id().value());
      assertThat(byCatno).extracting(SearchResult::id).containsExactly(other.id().value());
    }

    @Test
    void pagesTheResults() {
      String word = freshWord();
      for (int i = 0; i < 5; i++) {
        seeder().putRelease(TestReleases.release(freshId()).title(word + " " + i).build());
      }

      Page<SearchResult> second = database().search(SearchQuery.text(word), PageRequest.of(2, 2));
      Page<SearchResult> last = database().search(SearchQuery.text(word), PageRequest.of(3, 2));

      assertThat(second.items()).hasSize(2);
      assertThat(second.pagination()).isEqualTo(new Pagination(2, 3, 2, 5));
      assertThat(last.items()).hasSize(1);
      assertThat(database().searchAll(SearchQuery.text(word)).count()).isEqualTo(5);
    }

    @Test
    void findsNothingForAnUnmatchedQuery() {
      Page<SearchResult> page =
          database().search(SearchQuery.text(freshWord()), PageRequest.first());

      assertThat(page.items()).isEmpty();
      assertThat(page.pagination().items()).isZero();
    }

    @Test
    void findsResultsSeededAsTheyAre() {
      String word = freshWord();
      long id = freshId();
      seeder()
          .addSearchResult(
              TestSearchResults.release(id, "Someone - " + word)
                  .year(2001)
                  .labels("A Label")
                  .build());

      assertThat(search(SearchQuery.builder().artist("someone").releaseTitle(word).build()))
          .extracting(SearchResult::id)
          .containsExactly(id);
    }

    @Test
    void refusesAnonymousCallers() {
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(
              () -> anonymousDatabase().search(SearchQuery.text("anything"), PageRequest.first()))
          .withMessage(
              "search needs credentials: a consumer key and secret, a personal access token or"
                  + " OAuth; the client has none");
    }

    private List<SearchResult> search(SearchQuery query) {
      return database().search(query, PageRequest.of(1, 100)).items();
    }
  }

  private ReleaseId seedRelease() {
    Release release = TestReleases.release(freshId()).build();
    seeder().putRelease(release);
    return release.id();
  }

  private MasterId seedMaster() {
    var master = TestMasters.master(freshId()).build();
    seeder().putMaster(master);
    return master.id();
  }

  private ArtistId seedArtist() {
    var artist = TestArtists.artist(freshId()).build();
    seeder().putArtist(artist);
    return artist.id();
  }

  private LabelId seedLabel() {
    var label = TestLabels.label(freshId()).build();
    seeder().putLabel(label);
    return label.id();
  }

  private long addEntry(
      ArtistId artist, Function<TestArtistReleases.Builder, TestArtistReleases.Builder> edit) {
    ArtistRelease entry = edit.apply(TestArtistReleases.release(freshId())).build();
    seeder().addArtistRelease(artist, entry);
    return entry.id();
  }
}
