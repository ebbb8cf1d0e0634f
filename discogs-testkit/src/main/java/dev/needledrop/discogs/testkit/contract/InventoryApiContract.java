package dev.needledrop.discogs.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.InventoryQuery;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.error.ConflictException;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.Download;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.InventoryCsv;
import dev.needledrop.discogs.model.inventory.InventoryExport;
import dev.needledrop.discogs.model.inventory.InventoryUpload;
import dev.needledrop.discogs.model.inventory.JobStatus;
import dev.needledrop.discogs.model.inventory.RequestedExport;
import dev.needledrop.discogs.model.inventory.SubmittedUpload;
import dev.needledrop.discogs.model.inventory.UploadId;
import dev.needledrop.discogs.model.inventory.UploadType;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingDraft;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.data.TestReleases;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the Inventory port ({@link InventoryApi}), run against every implementation: the
 * in-memory fake, and the HTTP adapter over the stub server.
 *
 * <p>A subclass provides the inventory and the marketplace called as any named user (with that
 * user's personal token), the inventory called anonymously, and a {@link DatabaseSeeder} for the
 * releases listings are made of. The backing store must let a requested export answer one status
 * read as {@code in progress} before succeeding (the stub's and the fake's default). Every test
 * works as fresh users on fresh releases.
 */
public abstract class InventoryApiContract {

  private static final AtomicLong IDS = new AtomicLong(920_000_000L);
  private static final AtomicLong USERS = new AtomicLong();

  /** Returns the inventory called as the user, who has a personal token and may be new. */
  protected abstract InventoryApi inventoryAs(String username);

  /** Returns the inventory over the same data, called without credentials. */
  protected abstract InventoryApi anonymousInventory();

  /** Returns the marketplace over the same data, called as the user. */
  protected abstract MarketplaceApi marketplaceAs(String username);

  /** Returns the seeder that puts the releases listings are made of. */
  protected abstract DatabaseSeeder releases();

  /** Returns a name no other test of this run uses. */
  protected static String freshUser() {
    return "inventory_user_" + USERS.incrementAndGet();
  }

  /** Seeds a release that can be listed, and returns its id. */
  protected ReleaseId seedRelease() {
    long id = IDS.addAndGet(10);
    releases().putRelease(TestReleases.release(id).title("Inventory Title " + id).build());
    return ReleaseId.of(id);
  }

  private ListingId list(String seller, ReleaseId release, String price) {
    return marketplaceAs(seller)
        .createListing(
            ListingDraft.builder(release, MediaCondition.VERY_GOOD, new BigDecimal(price)).build());
  }

  private List<Listing> inventoryOf(String seller) {
    return marketplaceAs(seller).allInventory(Username.of(seller), InventoryQuery.all()).toList();
  }

  private static InventoryCsv csv(String name, String text) {
    return InventoryCsv.of(name, text);
  }

  @Nested
  class Exports {

    @Test
    void runsAnExportThatSucceedsOnTheNextReadAndDownloadsTheCsvAsSent() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      ListingId first = list(seller, release, "21.00");
      ListingId second = list(seller, release, "4.50");
      InventoryApi inventory = inventoryAs(seller);

      RequestedExport requested = inventory.requestExport();
      InventoryExport running = inventory.export(requested.id());
      InventoryExport done = inventory.export(requested.id());

      assertThat(requested.location().getPath()).isEqualTo("/inventory/export/" + requested.id());
      assertThat(running.status()).isEqualTo(JobStatus.IN_PROGRESS);
      assertThat(running.finished()).isEmpty();
      assertThat(running.filename()).isEmpty();
      assertThat(running.downloadUrl()).isEmpty();
      assertThat(done.status()).isEqualTo(JobStatus.SUCCESS);
      assertThat(done.filename())
          .hasValueSatisfying(
              name -> assertThat(name).startsWith(seller + "-inventory-").endsWith(".csv"));
      assertThat(done.downloadUrl())
          .hasValueSatisfying(
              url -> assertThat(url).endsWith("/inventory/export/" + requested.id() + "/download"));
      try (Download download = inventory.downloadExport(requested.id())) {
        assertThat(download.contentType()).isEqualTo("text/csv; charset=utf-8");
        assertThat(download.filename()).isEqualTo(done.filename());
        String csv = new String(download.readAllBytes(), StandardCharsets.UTF_8);
        assertThat(csv)
            .startsWith("listing_id,artist,title,label,catno,format,release_id,status,price,");
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains(first + ",Test Artist,Inventory Title " + release);
        assertThat(csv).contains(second.toString()).contains(",4.50,");
      }
    }

    @Test
    void refusesASecondExportWhileOneRuns() {
      InventoryApi inventory = inventoryAs(freshUser());
      inventory.requestExport();

      assertThatExceptionOfType(ConflictException.class).isThrownBy(inventory::requestExport);
    }

    @Test
    void refusesToDownloadAnExportStillRunning() {
      InventoryApi inventory = inventoryAs(freshUser());
      ExportId id = inventory.requestExport().id();

      assertThatExceptionOfType(ConflictException.class)
          .isThrownBy(() -> inventory.downloadExport(id).close());
    }

    @Test
    void listsTheUsersExportsNewestFirst() {
      InventoryApi inventory = inventoryAs(freshUser());
      ExportId older = inventory.requestExport().id();
      inventory.export(older);
      inventory.export(older);
      ExportId newer = inventory.requestExport().id();

      assertThat(inventory.exports(PageRequest.first()).items())
          .extracting(InventoryExport::id)
          .containsExactly(newer, older);
      assertThat(inventory.allExports()).hasSize(2);
    }

    @Test
    void answersAConditionalReadOnlyWhenTheExportChanged() {
      InventoryApi inventory = inventoryAs(freshUser());
      ExportId id = inventory.requestExport().id();

      assertThat(inventory.exportIfModifiedSince(id, Instant.parse("2999-01-01T00:00:00Z")))
          .isEmpty();
      assertThat(inventory.exportIfModifiedSince(id, Instant.EPOCH)).isPresent();
    }

    @Test
    void hidesAnotherUsersExport() {
      ExportId theirs = inventoryAs(freshUser()).requestExport().id();

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> inventoryAs(freshUser()).export(theirs));
    }

    @Test
    void refusesAnonymousCallers() {
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousInventory().requestExport());
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousInventory().exports(PageRequest.first()));
    }
  }

  @Nested
  class Uploads {

    @Test
    void addsEveryRowAsAListingForSaleAndReportsIt() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      InventoryApi inventory = inventoryAs(seller);

      SubmittedUpload submitted =
          inventory.addListings(
              csv(
                  "add.csv",
                  "release_id,price,media_condition,sleeve_condition,comments,accept_offer\n"
                      + release
                      + ",12.50,Mint (M),Generic,\"Sealed, never played\",Y\n"
                      + release
                      + ",3.00,Good (G),,,N\n"));
      InventoryUpload upload = inventory.upload(submitted.id());

      assertThat(submitted.location().getPath()).isEqualTo("/inventory/upload/" + submitted.id());
      assertThat(upload.status()).isEqualTo(JobStatus.SUCCESS);
      assertThat(upload.type()).isEqualTo(UploadType.ADD);
      assertThat(upload.filename()).isEqualTo("add.csv");
      assertThat(upload.results().text())
          .isEqualTo("CSV file contains 2 records.<p>Processed 2 records.");
      List<Listing> listings = inventoryOf(seller);
      assertThat(listings).hasSize(2).allMatch(l -> l.status().equals(ListingStatus.FOR_SALE));
      assertThat(listings)
          .extracting(l -> l.price().orElseThrow().amount().toPlainString())
          .containsExactlyInAnyOrder("12.50", "3.00");
      assertThat(listings)
          .filteredOn(l -> l.condition().equals(MediaCondition.MINT))
          .singleElement()
          .satisfies(
              l -> {
                assertThat(l.comments()).isEqualTo("Sealed, never played");
                assertThat(l.allowOffers()).isTrue();
              });
    }

    @Test
    void changesTheListingsOfAReleaseByCsv() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      ListingId listing = list(seller, release, "10.00");

      inventoryAs(seller)
          .changeListings(csv("change.csv", "release_id,price\n" + release + ",11.25\n"));

      assertThat(
              marketplaceAs(seller).listing(listing).price().orElseThrow().amount().toPlainString())
          .isEqualTo("11.25");
    }

    @Test
    void deletesListingsByCsv() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      ListingId gone = list(seller, release, "10.00");
      ListingId kept = list(seller, release, "11.00");

      inventoryAs(seller).deleteListings(csv("delete.csv", "listing_id\r\n" + gone + "\r\n"));

      assertThat(inventoryOf(seller)).extracting(Listing::id).containsExactly(kept);
    }

    @Test
    void reportsEachRefusedRowAndAppliesTheOthers() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      InventoryApi inventory = inventoryAs(seller);

      SubmittedUpload submitted =
          inventory.addListings(
              csv(
                  "mixed.csv",
                  "release_id,price,media_condition\n"
                      + release
                      + ",5.00,Mint (M)\n"
                      + release
                      + ",5.00,VG+\n"));

      InventoryUpload upload = inventory.upload(submitted.id());
      assertThat(upload.status()).isEqualTo(JobStatus.SUCCESS);
      assertThat(upload.results().text())
          .startsWith(
              "CSV file contains 2 records.<p>Processed 1 records.<p>Row 3: Invalid condition");
      assertThat(inventoryOf(seller)).hasSize(1);
    }

    @Test
    void failsAFileMissingARequiredColumn() {
      String seller = freshUser();
      InventoryApi inventory = inventoryAs(seller);

      SubmittedUpload submitted =
          inventory.addListings(csv("bad.csv", "release_id,media_condition\n1,Mint (M)\n"));

      InventoryUpload upload = inventory.upload(submitted.id());
      assertThat(upload.status()).isEqualTo(JobStatus.FAILED);
      assertThat(upload.results().text()).isEqualTo("Missing required columns: price.");
      assertThat(inventoryOf(seller)).isEmpty();
    }

    @Test
    void refusesAColumnNameThatIsNotLowerCaseApplyingNothing() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      InventoryApi inventory = inventoryAs(seller);
      InventoryCsv file =
          csv("upper.csv", "release_id,Price,media_condition\n" + release + ",5.00,Mint (M)\n");

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> inventory.addListings(file))
          .satisfies(refused -> assertThat(refused.status()).isEqualTo(422))
          .withMessageContaining("Invalid column name 'Price'");
      assertThat(inventoryOf(seller)).isEmpty();
    }

    @Test
    void refusesARowWhosePriceHasMoreDecimalsThanTheCurrency() {
      String seller = freshUser();
      ReleaseId release = seedRelease();
      InventoryApi inventory = inventoryAs(seller);

      SubmittedUpload submitted =
          inventory.addListings(
              csv(
                  "cents.csv",
                  "release_id,price,media_condition\n" + release + ",22.505,Mint (M)\n"));

      InventoryUpload upload = inventory.upload(submitted.id());
      assertThat(upload.status()).isEqualTo(JobStatus.FAILED);
      assertThat(upload.results().text()).contains("Row 2: Invalid price", "22.505");
      assertThat(inventoryOf(seller)).isEmpty();
    }

    @Test
    void refusesAnUnknownUploadTypeBeforeSending() {
      InventoryCsv file = csv("x.csv", "listing_id\n1\n");

      assertThatIllegalArgumentException()
          .isThrownBy(() -> inventoryAs(freshUser()).submitUpload(UploadType.of("replace"), file));
    }

    @Test
    void listsTheUsersUploadsNewestFirstAndHidesOthers() {
      String seller = freshUser();
      InventoryApi inventory = inventoryAs(seller);
      UploadId older = inventory.deleteListings(csv("a.csv", "listing_id\n")).id();
      UploadId newer = inventory.deleteListings(csv("b.csv", "listing_id\n")).id();

      assertThat(inventory.uploads(PageRequest.first()).items())
          .extracting(InventoryUpload::id)
          .containsExactly(newer, older);
      assertThat(inventory.uploadIfModifiedSince(newer, Instant.parse("2999-01-01T00:00:00Z")))
          .isEmpty();
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> inventoryAs(freshUser()).upload(newer));
    }

    @Test
    void refusesAnonymousCallers() {
      InventoryCsv file = csv("x.csv", "listing_id\n1\n");

      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousInventory().deleteListings(file));
    }
  }
}
