package dev.needledrop.discogs.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.ReleaseRating;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.ReleaseStatsShape;
import dev.needledrop.discogs.testkit.data.TestMasters;
import dev.needledrop.discogs.testkit.data.TestParts;
import dev.needledrop.discogs.testkit.data.TestReleases;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemoryDatabaseTest {

  private final InMemoryDatabase fake = InMemoryDatabase.create();

  @Nested
  class Views {

    @Test
    void shareTheRecordsOfTheFakeTheyCameFrom() {
      fake.putRelease(TestReleases.release(1).build());

      assertThat(fake.asAnonymous().release(ReleaseId.of(1)).title()).isEqualTo("Release 1");
      assertThat(fake.asUser("someone").release(ReleaseId.of(1)).title()).isEqualTo("Release 1");
    }

    @Test
    void countEveryCallTogether() {
      fake.putRelease(TestReleases.release(1).build());

      fake.release(ReleaseId.of(1));
      fake.asAnonymous().communityRating(ReleaseId.of(1));

      assertThat(fake.callCount()).isEqualTo(2);
    }

    @Test
    void letApplicationsSearchButNotRate() {
      fake.putRelease(TestReleases.release(1).build());
      InMemoryDatabase application = fake.asApplication();

      assertThat(application.search(SearchQuery.text("release"), PageRequest.first()).items())
          .singleElement()
          .satisfies(result -> assertThat(result.userData()).isEmpty());
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(
              () -> application.rateRelease(ReleaseId.of(1), Username.of("x"), ReleaseRating.of(1)))
          .withMessageContaining("only a consumer key and secret");
    }

    @Test
    void answerAsTheGivenUser() {
      fake.putRelease(TestReleases.release(1).build());
      InMemoryDatabase other = fake.asUser("other_user");

      other.rateRelease(ReleaseId.of(1), Username.of("other_user"), ReleaseRating.of(2));

      assertThat(fake.userRating(ReleaseId.of(1), Username.of("other_user")).rating()).isEqualTo(2);
    }
  }

  @Nested
  class Prices {

    @Test
    void convertsAReleasePriceToTheConfiguredCurrency() {
      InMemoryDatabase euros = InMemoryDatabase.builder().currency(Currency.EUR).build();
      euros.putRelease(TestReleases.release(1).forSale(1, "3.5", Currency.USD).build());

      Release release = euros.release(ReleaseId.of(1));

      assertThat(release.lowestPrice()).hasValue(new Money(new BigDecimal("3.22"), Currency.EUR));
    }

    @Test
    void convertsToYenWithoutDecimals() {
      fake.putRelease(TestReleases.release(1).forSale(1, "3.5", Currency.USD).build());

      assertThat(fake.release(ReleaseId.of(1), Currency.JPY).lowestPrice())
          .hasValue(new Money(new BigDecimal("525"), Currency.JPY));
    }

    @Test
    void convertsAMasterPriceToTheConfiguredCurrency() {
      InMemoryDatabase pounds = InMemoryDatabase.builder().currency(Currency.GBP).build();
      var master = TestMasters.master(7).forSale(1, "9", Currency.USD).build();
      pounds.putMaster(master);

      assertThat(pounds.master(master.id()).lowestPrice())
          .hasValue(new Money(new BigDecimal("7.11"), Currency.GBP));
    }

    @Test
    void refusesACurrencyDiscogsDoesNotTradeIn() {
      fake.putRelease(TestReleases.release(1).build());

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> fake.release(ReleaseId.of(1), Currency.of("XYZ")))
          .satisfies(error -> assertThat(error.status()).isEqualTo(422));
    }
  }

  @Nested
  class Stats {

    @Test
    void answersTheDocumentedShapeWhenAsked() {
      InMemoryDatabase documented =
          InMemoryDatabase.builder().releaseStatsShape(ReleaseStatsShape.DOCUMENTED).build();
      documented.putRelease(
          TestReleases.release(1).community(TestParts.community(30, 7, 4, 2)).build());

      var stats = documented.releaseStats(ReleaseId.of(1));

      assertThat(stats.numHave()).hasValue(30);
      assertThat(stats.numWant()).hasValue(7);
      assertThat(stats.offensive()).isEmpty();
    }
  }

  @Nested
  class Failures {

    @Test
    void describeTheCallAsOverHttp() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> fake.release(ReleaseId.of(42)))
          .satisfies(
              error -> {
                assertThat(error.method()).isEqualTo("GET");
                assertThat(error.path()).isEqualTo("/releases/42");
                assertThat(error.getMessage())
                    .isEqualTo("GET /releases/42 answered 404: Release not found.");
              });
    }

    @Test
    void refuseSearchWithoutCredentialsBeforeCountingACall() {
      InMemoryDatabase anonymous = InMemoryDatabase.anonymous();

      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymous.search(SearchQuery.text("x"), PageRequest.first()))
          .withMessageStartingWith("search needs credentials");
      assertThat(anonymous.callCount()).isZero();
    }

    @Test
    void refuseASearchTypeDiscogsDoesNotKnow() {
      SearchQuery query = SearchQuery.builder().set(SearchQuery.Field.TYPE, "song").build();

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> fake.search(query, PageRequest.first()))
          .satisfies(error -> assertThat(error.status()).isEqualTo(422));
    }

    @Test
    void refuseRatingsOutsideZeroToFiveWhenSeeding() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> fake.putUserRating(ReleaseId.of(1), Username.of("x"), 6));
    }
  }
}
