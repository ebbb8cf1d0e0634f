package dev.needledrop.discogs.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.JobStatus;
import dev.needledrop.discogs.model.marketplace.ListingDraft;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.testkit.data.TestReleases;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What the marketplace and inventory fakes offer beyond the contract: settings and counts. */
class InMemoryMarketplaceTest {

  private final InMemoryDatabase database = InMemoryDatabase.create();

  private ListingDraft draft() {
    database.putRelease(TestReleases.release(77).build());
    return ListingDraft.builder(ReleaseId.of(77), MediaCondition.MINT, BigDecimal.TEN).build();
  }

  @Test
  void stampsListingsWithItsClock() {
    Clock clock = Clock.fixed(Instant.parse("2024-01-05T18:00:00Z"), ZoneOffset.UTC);
    InMemoryMarketplace fake =
        InMemoryMarketplace.builder().clock(clock).releases(database).build();

    ListingId id = fake.createListing(draft());

    assertThat(fake.listing(id).posted()).contains(Timestamp.of("2024-01-05T18:00:00+00:00"));
  }

  @Test
  void pricesEachSellersListingsInTheCurrencyItIsTold() {
    InMemoryMarketplace fake =
        InMemoryMarketplace.builder()
            .releases(database)
            .sellerCurrencies(
                seller -> seller.value().equals("tokyo") ? Currency.JPY : Currency.USD)
            .build();

    ListingId yen = fake.asUser("tokyo").createListing(draft());
    ListingId dollars = fake.createListing(draft());

    assertThat(fake.listing(yen).price()).contains(Money.of("10", Currency.JPY));
    assertThat(fake.listing(dollars).price()).contains(Money.of("10", Currency.USD));
  }

  @Test
  void keepsAnExportRunningForTheReadsItIsToldThenSucceeds() {
    InMemoryMarketplace fake = InMemoryMarketplace.builder().exportReadsUntilDone(2).build();
    var inventory = fake.inventory();
    ExportId id = inventory.requestExport().id();

    assertThat(inventory.export(id).status()).isEqualTo(JobStatus.IN_PROGRESS);
    assertThat(inventory.export(id).status()).isEqualTo(JobStatus.IN_PROGRESS);
    assertThat(inventory.export(id).status()).isEqualTo(JobStatus.SUCCESS);
  }

  @Test
  void countsEveryCallOfEveryViewFailuresIncluded() {
    InMemoryMarketplace fake = InMemoryMarketplace.over(database);
    ListingId id = fake.createListing(draft());

    fake.asAnonymous().listing(id);
    fake.inventory().requestExport();
    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(() -> fake.listing(ListingId.of(999)))
        .satisfies(e -> assertThat(e.path()).isEqualTo("/marketplace/listings/999"));

    assertThat(fake.callCount()).isEqualTo(4);
  }

  @Test
  void sharesItsListingsWithItsViews() {
    InMemoryMarketplace fake = InMemoryMarketplace.over(database);
    ListingId id = fake.asUser("someone").createListing(draft());

    assertThat(fake.asApplication().listing(id).seller().username().value()).isEqualTo("someone");
  }

  @Test
  void refusesASettingThatCannotWork() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> InMemoryMarketplace.builder().exportReadsUntilDone(0));
  }
}
