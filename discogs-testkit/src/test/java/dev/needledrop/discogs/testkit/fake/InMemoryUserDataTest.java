package dev.needledrop.discogs.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.InstanceRef;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.data.TestCollectionItems;
import dev.needledrop.discogs.testkit.data.TestReleases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class InMemoryUserDataTest {

  private static final Username USER = Username.of("example_user");

  @Nested
  class Seeding {

    @Test
    void refusesDataOfAnUnknownUserPlainly() {
      InMemoryUserData data = InMemoryUserData.create();

      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  data.putCollectionItem(
                      Username.of("stranger"), TestCollectionItems.item(1, 2).build()))
          .withMessageContaining("cannot seed");
    }

    @Test
    void refusesACopyInAFolderTheUserDoesNotHave() {
      InMemoryUserData data = InMemoryUserData.create();

      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  data.putCollectionItem(
                      USER, TestCollectionItems.item(1, 2).folder(FolderId.ALL).build()))
          .withMessageContaining("folder 0");
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> data.putCollectionItem(USER, TestCollectionItems.item(1, 2).folder(9).build()));
    }

    @Test
    void addsUsersThatStartAsNewAccounts() {
      InMemoryUserData data = InMemoryUserData.create();

      data.addUser("third_user");

      assertThat(data.users().profile(Username.of("third_user")).id()).isEqualTo(1_000_003L);
      assertThat(data.asUser("third_user").users().identity().username().value())
          .isEqualTo("third_user");
    }
  }

  @Nested
  class Views {

    @Test
    void shareTheirDataAndCountEveryCall() {
      InMemoryUserData data = InMemoryUserData.create();
      data.putCollectionItem(USER, TestCollectionItems.item(1, 2).build());

      int seen =
          data.asAnonymous()
              .collection()
              .items(USER, FolderId.ALL, Optional.empty(), PageRequest.first())
              .items()
              .size();
      data.asApplication().collection().folders(USER);

      assertThat(seen).isEqualTo(1);
      assertThat(data.callCount()).isEqualTo(2);
    }

    @Test
    void reportFailuresWithTheMethodAndPathOfTheCall() {
      InMemoryUserData data = InMemoryUserData.create();

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> data.users().profile(Username.of("no body")))
          .satisfies(
              error -> {
                assertThat(error.method()).isEqualTo("GET");
                assertThat(error.path()).isEqualTo("/users/no%20body");
              });
    }
  }

  @Nested
  class WholeClient {

    @Test
    void addsAReleaseSeededInTheDatabaseToTheCollectionDatedByTheClock() {
      InMemoryDatabase database = InMemoryDatabase.create();
      Clock clock = Clock.fixed(Instant.parse("2024-05-06T07:08:09Z"), ZoneOffset.UTC);
      InMemoryUserData data = InMemoryUserData.over(database, Currency.EUR, clock);
      Release release = TestReleases.release(77).title("Seeded").build();
      database.putRelease(release);

      InstanceRef added = data.collection().addRelease(USER, FolderId.UNCATEGORIZED, release.id());

      assertThat(data.collection().allItems(USER, FolderId.ALL, Optional.empty()))
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.ref()).isEqualTo(added);
                assertThat(item.release().title()).isEqualTo("Seeded");
                assertThat(item.dateAdded().orElseThrow().raw()).isEqualTo("2024-05-06T07:08:09Z");
              });
    }

    @Test
    void labelsContributedPricesWithItsCurrency() {
      InMemoryUserData data =
          InMemoryUserData.over(InMemoryDatabase.create(), Currency.EUR, Clock.systemUTC());
      data.addContribution(
          USER, TestReleases.release(5).lowestPrice(Money.of("3.5", Currency.USD)).build());

      assertThat(data.users().allContributions(USER, Optional.empty()))
          .singleElement()
          .satisfies(
              release ->
                  assertThat(release.lowestPrice())
                      .contains(new Money(new BigDecimal("3.5"), Currency.EUR)));
    }

    @Test
    void reachesEverySectionAsTheSameCaller() {
      InMemoryDiscogs discogs = InMemoryDiscogs.create();

      assertThat(discogs.users().identity().username()).isEqualTo(USER);
      assertThat(discogs.asUser("other_user").users().identity().username().value())
          .isEqualTo("other_user");
      assertThat(discogs.lastRateLimit()).isEmpty();
      assertThat(discogs.database().callCount()).isZero();
      discogs.close();
    }
  }
}
