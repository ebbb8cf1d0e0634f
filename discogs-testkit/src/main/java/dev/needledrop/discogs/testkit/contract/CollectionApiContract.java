package dev.needledrop.discogs.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.api.CollectionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.CollectionValue;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.FieldType;
import dev.needledrop.discogs.model.collection.FieldValue;
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.model.collection.InstanceRef;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.data.TestBasicInformation;
import dev.needledrop.discogs.testkit.data.TestCollectionItems;
import dev.needledrop.discogs.testkit.data.TestProfiles;
import dev.needledrop.discogs.testkit.data.TestReleases;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the collection port ({@link CollectionApi}), run against the in-memory fake and
 * against the HTTP adapter over the stub server, so that neither can drift from the other.
 *
 * <p>A subclass provides the collection called as {@link #USER}, as {@link #OTHER_USER} and
 * anonymously, a {@link UserDataSeeder} and a {@link DatabaseSeeder} that put data where it reads
 * them, and a count of the calls its backend served. Before each test both users are put back to
 * new accounts, so the backend may last across tests. Over the stub, register it with {@code
 * StubDiscogsServerExtension}, which resets the rate-limit counts before each test.
 */
public abstract class CollectionApiContract {

  /** The user {@link #collection()} acts as. */
  protected static final Username USER = Username.of(StubDiscogsServer.DEFAULT_USERNAME);

  /** Another user, who sees {@link #USER}'s collection only as the public does. */
  protected static final Username OTHER_USER = Username.of(StubDiscogsServer.OTHER_USERNAME);

  /** The id the stub and the fakes give {@link #USER}. */
  protected static final long USER_ID = 1_000_001L;

  private static final AtomicLong IDS = new AtomicLong(910_000_000L);
  private static final FolderId JAZZ = FolderId.of(77);
  private static final PageRequest FIRST = PageRequest.of(1, 50);

  /** Returns the collection under test, called as {@link #USER} with the user's token. */
  protected abstract CollectionApi collection();

  /** Returns the collection under test over the same data, called as {@link #OTHER_USER}. */
  protected abstract CollectionApi otherUsersCollection();

  /** Returns the collection under test over the same data, called without credentials. */
  protected abstract CollectionApi anonymousCollection();

  /** Returns the seeder that puts users' data where the collection under test reads it. */
  protected abstract UserDataSeeder seeder();

  /** Returns the seeder of the releases that can be added to collections. */
  protected abstract DatabaseSeeder catalogue();

  /** Returns how many calls the backend has served so far (requests, or fake method calls). */
  protected abstract int requestCount();

  @BeforeEach
  void startFromNewAccounts() {
    seeder().clearUser(USER);
    seeder().clearUser(OTHER_USER);
  }

  /** Returns an id no other test of this run uses, with room for related ids above it. */
  protected static long freshId() {
    return IDS.addAndGet(100);
  }

  private CollectionItem seedItem(FolderId folder) {
    long id = freshId();
    CollectionItem item = TestCollectionItems.item(id, id + 1).folder(folder).build();
    seeder().putCollectionItem(USER, item);
    return item;
  }

  private void seedJazzFolder() {
    seeder().putFolder(USER, new Folder(JAZZ, "Jazz", 0));
  }

  private ReleaseId seedRelease() {
    Release release = TestReleases.release(freshId()).title("Kind Of Blue").build();
    catalogue().putRelease(release);
    return release.id();
  }

  private List<CollectionItem> itemsOf(FolderId folder) {
    return collection().items(USER, folder, Optional.empty(), FIRST).items();
  }

  private int countOf(FolderId folder) {
    return collection().folder(USER, folder).count();
  }

  @Nested
  class Folders {

    @Test
    void listsAllAndUncategorizedForANewAccount() {
      assertThat(collection().folders(USER))
          .extracting(Folder::id, Folder::name, Folder::count)
          .containsExactly(
              tuple(FolderId.ALL, "All", 0), tuple(FolderId.UNCATEGORIZED, "Uncategorized", 0));
    }

    @Test
    void countsTheCopiesOfEachFolderAndAllOfThemInFolderZero() {
      seedJazzFolder();
      seedItem(FolderId.UNCATEGORIZED);
      seedItem(FolderId.UNCATEGORIZED);
      seedItem(JAZZ);

      assertThat(collection().folders(USER))
          .extracting(Folder::id, Folder::count)
          .containsExactly(
              tuple(FolderId.ALL, 3), tuple(FolderId.UNCATEGORIZED, 2), tuple(JAZZ, 1));
    }

    @Test
    void showsOthersOnlyFolderZero() {
      seedJazzFolder();
      seedItem(JAZZ);

      assertThat(otherUsersCollection().folders(USER))
          .containsExactly(new Folder(FolderId.ALL, "All", 1));
      assertThat(anonymousCollection().folders(USER))
          .extracting(Folder::id)
          .containsExactly(FolderId.ALL);
    }

    @Test
    void refusesOthersAPrivateCollection() {
      seeder().setCollectionPublic(USER, false);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersCollection().folders(USER));
      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> anonymousCollection().folders(USER));
      assertThat(collection().folders(USER)).hasSize(2);
    }

    @Test
    void failsWithNotFoundForAnUnknownUser() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> collection().folders(Username.of("nobody_" + freshId())));
    }
  }

  @Nested
  class CreateFolder {

    @Test
    void createsAnEmptyFolderThatIsListedAfterwards() {
      Folder created = collection().createFolder(USER, "Soundtracks");

      assertThat(created.name()).isEqualTo("Soundtracks");
      assertThat(created.count()).isZero();
      assertThat(created.id().isPermanent()).isFalse();
      assertThat(collection().folders(USER)).contains(created);
    }

    @Test
    void refusesABlankNameBeforeSending() {
      int before = requestCount();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> collection().createFolder(USER, "  "))
          .withMessageContaining("folder name");
      assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void refusesAnotherUsersCollection() {
      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersCollection().createFolder(USER, "Mine now"));
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousCollection().createFolder(USER, "Mine now"));
      assertThat(collection().folders(USER)).hasSize(2);
    }
  }

  @Nested
  class FolderLookup {

    @Test
    void returnsFolderZeroCountingTheWholeCollection() {
      seedJazzFolder();
      seedItem(JAZZ);
      seedItem(FolderId.UNCATEGORIZED);

      assertThat(collection().folder(USER, FolderId.ALL))
          .isEqualTo(new Folder(FolderId.ALL, "All", 2));
    }

    @Test
    void returnsAnOwnFolderWithItsCount() {
      seedJazzFolder();
      seedItem(JAZZ);

      assertThat(collection().folder(USER, JAZZ)).isEqualTo(new Folder(JAZZ, "Jazz", 1));
    }

    @Test
    void showsOthersFolderZeroButNoOther() {
      seedJazzFolder();

      assertThat(otherUsersCollection().folder(USER, FolderId.ALL).id()).isEqualTo(FolderId.ALL);
      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersCollection().folder(USER, JAZZ));
    }

    @Test
    void failsWithNotFoundForAnUnknownFolder() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> collection().folder(USER, FolderId.of(freshId())));
    }
  }

  @Nested
  class RenameFolder {

    @Test
    void renamesAnOwnFolder() {
      seedJazzFolder();

      Folder renamed = collection().renameFolder(USER, JAZZ, "Modal Jazz");

      assertThat(renamed).isEqualTo(new Folder(JAZZ, "Modal Jazz", 0));
      assertThat(collection().folder(USER, JAZZ).name()).isEqualTo("Modal Jazz");
    }

    @Test
    void refusesFoldersZeroAndOneBeforeSending() {
      int before = requestCount();

      for (FolderId permanent : List.of(FolderId.ALL, FolderId.UNCATEGORIZED)) {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> collection().renameFolder(USER, permanent, "Renamed"))
            .withMessageContaining("cannot be renamed or deleted");
      }
      assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void refusesAnotherUsersFolder() {
      seedJazzFolder();

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersCollection().renameFolder(USER, JAZZ, "Theirs"));
    }

    @Test
    void failsWithNotFoundForAnUnknownFolder() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> collection().renameFolder(USER, FolderId.of(freshId()), "Gone"));
    }
  }

  @Nested
  class DeleteFolder {

    @Test
    void deletesAnEmptyFolder() {
      seedJazzFolder();

      collection().deleteFolder(USER, JAZZ);

      assertThat(collection().folders(USER)).extracting(Folder::id).doesNotContain(JAZZ);
    }

    @Test
    void refusesAFolderThatStillHoldsCopies() {
      seedJazzFolder();
      seedItem(JAZZ);

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> collection().deleteFolder(USER, JAZZ));
      assertThat(countOf(JAZZ)).isEqualTo(1);
    }

    @Test
    void refusesFoldersZeroAndOneBeforeSending() {
      int before = requestCount();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> collection().deleteFolder(USER, FolderId.ALL));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> collection().deleteFolder(USER, FolderId.UNCATEGORIZED));
      assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void refusesAnotherUsersFolder() {
      seedJazzFolder();

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersCollection().deleteFolder(USER, JAZZ));
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousCollection().deleteFolder(USER, JAZZ));
    }
  }

  @Nested
  class Items {

    @Test
    void returnsTheSeededCopiesOfAFolderWithEveryPart() {
      seedJazzFolder();
      long id = freshId();
      CollectionItem noted =
          TestCollectionItems.item(id, id + 1)
              .folder(JAZZ)
              .rating(4)
              .release(
                  TestBasicInformation.release(id + 1).title("Noted Record").master(id + 9).build())
              .note(1, "Near Mint (NM or M-)")
              .note(3, "bought at a fair; sleeve has a small tear")
              .build();
      seeder().putCollectionItem(USER, noted);
      seedItem(FolderId.UNCATEGORIZED);

      assertThat(itemsOf(JAZZ)).containsExactly(noted);
    }

    @Test
    void readsMissingNotesAsAnEmptyList() {
      CollectionItem plain = seedItem(FolderId.UNCATEGORIZED);

      assertThat(itemsOf(FolderId.UNCATEGORIZED))
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.notes()).isEmpty();
                assertThat(item).isEqualTo(plain);
              });
    }

    @Test
    void listsEveryCopyInFolderZero() {
      seedJazzFolder();
      CollectionItem first = seedItem(FolderId.UNCATEGORIZED);
      CollectionItem second = seedItem(JAZZ);

      assertThat(itemsOf(FolderId.ALL)).containsExactly(first, second);
    }

    @Test
    void sortsByTheKeyAskedForInEitherDirection() {
      long id = freshId();
      Stream.of("Beta", "Alpha", "Gamma")
          .forEach(
              title -> {
                long instance = IDS.incrementAndGet();
                seeder()
                    .putCollectionItem(
                        USER,
                        TestCollectionItems.item(instance, id)
                            .release(TestBasicInformation.release(id).title(title).build())
                            .build());
              });

      Page<CollectionItem> ascending =
          collection()
              .items(USER, FolderId.ALL, Optional.of(Sort.ascending(CollectionSort.TITLE)), FIRST);
      Page<CollectionItem> descending =
          collection()
              .items(USER, FolderId.ALL, Optional.of(Sort.descending(CollectionSort.TITLE)), FIRST);

      assertThat(ascending.items())
          .extracting(item -> item.release().title())
          .containsExactly("Alpha", "Beta", "Gamma");
      assertThat(descending.items())
          .extracting(item -> item.release().title())
          .containsExactly("Gamma", "Beta", "Alpha");
    }

    @Test
    void pagesThroughTheFolder() {
      List<CollectionItem> seeded =
          Stream.generate(() -> seedItem(FolderId.UNCATEGORIZED)).limit(5).toList();

      Page<CollectionItem> last =
          collection().items(USER, FolderId.UNCATEGORIZED, Optional.empty(), PageRequest.of(3, 2));

      assertThat(last.pagination()).isEqualTo(new Pagination(3, 3, 2, 5));
      assertThat(last.items()).containsExactly(seeded.get(4));
    }

    @Test
    void streamsEveryCopyFetchingNothingUntilRead() {
      List<CollectionItem> seeded =
          Stream.generate(() -> seedItem(FolderId.UNCATEGORIZED)).limit(3).toList();
      int before = requestCount();

      Stream<CollectionItem> all = collection().allItems(USER, FolderId.ALL, Optional.empty());

      assertThat(requestCount()).isEqualTo(before);
      assertThat(all).containsExactlyElementsOf(seeded);
    }

    @Test
    void showsOthersOnlyTheValuesOfPublicFields() {
      long id = freshId();
      seeder()
          .putCollectionItem(
              USER,
              TestCollectionItems.item(id, id + 1).note(1, "Mint (M)").note(2, "Generic").build());

      assertThat(otherUsersCollection().items(USER, FolderId.ALL, Optional.empty(), FIRST).items())
          .singleElement()
          .satisfies(
              item ->
                  assertThat(item.notes())
                      .containsExactly(new FieldValue(FieldId.of(1), "Mint (M)")));
      assertThat(itemsOf(FolderId.ALL).get(0).notes()).hasSize(2);
    }

    @Test
    void refusesOthersAnyFolderButZero() {
      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () ->
                  otherUsersCollection()
                      .items(USER, FolderId.UNCATEGORIZED, Optional.empty(), FIRST));
    }

    @Test
    void refusesOthersAPrivateCollection() {
      seeder().setCollectionPublic(USER, false);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () -> otherUsersCollection().items(USER, FolderId.ALL, Optional.empty(), FIRST))
          .satisfies(
              error -> assertThat(error.serverMessage()).contains("authenticate as the owner"));
    }

    @Test
    void withholdsImagesFromAnonymousCallers() {
      seedItem(FolderId.UNCATEGORIZED);

      assertThat(anonymousCollection().items(USER, FolderId.ALL, Optional.empty(), FIRST).items())
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.release().thumb()).isEmpty();
                assertThat(item.release().coverImage()).isEmpty();
              });
    }
  }

  @Nested
  class ReleaseInstances {

    @Test
    void listsEveryCopyOfTheReleaseAcrossFolders() {
      seedJazzFolder();
      long release = freshId();
      CollectionItem first = TestCollectionItems.item(IDS.incrementAndGet(), release).build();
      CollectionItem second =
          TestCollectionItems.item(IDS.incrementAndGet(), release).folder(JAZZ).build();
      seeder().putCollectionItem(USER, first);
      seeder().putCollectionItem(USER, second);
      seedItem(FolderId.UNCATEGORIZED);

      Page<CollectionItem> copies =
          collection().releaseInstances(USER, ReleaseId.of(release), FIRST);

      assertThat(copies.items()).containsExactly(first, second);
      assertThat(collection().allReleaseInstances(USER, ReleaseId.of(release))).hasSize(2);
    }

    @Test
    void refusesOthersAPrivateCollection() {
      seeder().setCollectionPublic(USER, false);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () -> anonymousCollection().releaseInstances(USER, ReleaseId.of(freshId()), FIRST));
    }
  }

  @Nested
  class AddRelease {

    @Test
    void addsACopyThatIsListedAndCounted() {
      ReleaseId release = seedRelease();

      InstanceRef added = collection().addRelease(USER, FolderId.UNCATEGORIZED, release);

      assertThat(added.folder()).isEqualTo(FolderId.UNCATEGORIZED);
      assertThat(added.release()).isEqualTo(release);
      assertThat(itemsOf(FolderId.UNCATEGORIZED))
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.ref()).isEqualTo(added);
                assertThat(item.release().title()).isEqualTo("Kind Of Blue");
                assertThat(item.rating()).isZero();
                assertThat(item.dateAdded()).isPresent();
              });
      assertThat(countOf(FolderId.ALL)).isEqualTo(1);
    }

    @Test
    void addsASecondCopyWithItsOwnInstanceIdWhenAddedTwice() {
      ReleaseId release = seedRelease();

      InstanceRef first = collection().addRelease(USER, FolderId.UNCATEGORIZED, release);
      InstanceRef second = collection().addRelease(USER, FolderId.UNCATEGORIZED, release);

      assertThat(second.instance()).isNotEqualTo(first.instance());
      assertThat(collection().releaseInstances(USER, release, FIRST).items())
          .extracting(CollectionItem::instanceId)
          .containsExactly(first.instance(), second.instance());
      assertThat(countOf(FolderId.UNCATEGORIZED)).isEqualTo(2);
    }

    @Test
    void refusesFolderZeroBeforeSendingAndNamesFolderOne() {
      ReleaseId release = seedRelease();
      int before = requestCount();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> collection().addRelease(USER, FolderId.ALL, release))
          .withMessageContaining("folder 0")
          .withMessageContaining("folder 1");
      assertThat(requestCount()).isEqualTo(before);
      assertThat(itemsOf(FolderId.ALL)).isEmpty();
    }

    @Test
    void failsWithNotFoundForAnUnknownRelease() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(
              () -> collection().addRelease(USER, FolderId.UNCATEGORIZED, ReleaseId.of(freshId())))
          .satisfies(error -> assertThat(error.serverMessage()).isEqualTo("Release not found."));
    }

    @Test
    void failsWithNotFoundForAnUnknownFolder() {
      ReleaseId release = seedRelease();

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> collection().addRelease(USER, FolderId.of(freshId()), release));
    }

    @Test
    void refusesAnotherUsersCollection() {
      ReleaseId release = seedRelease();

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () -> otherUsersCollection().addRelease(USER, FolderId.UNCATEGORIZED, release));
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(
              () -> anonymousCollection().addRelease(USER, FolderId.UNCATEGORIZED, release));
      assertThat(countOf(FolderId.ALL)).isZero();
    }
  }

  @Nested
  class RateInstance {

    @Test
    void ratesACopyAndTakesTheRatingBack() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      collection().rateInstance(USER, item.ref(), ItemRating.of(5));
      assertThat(itemsOf(FolderId.ALL).get(0).rating()).isEqualTo(5);

      collection().rateInstance(USER, item.ref(), ItemRating.NONE);
      assertThat(itemsOf(FolderId.ALL).get(0).rating()).isZero();
    }

    @Test
    void failsWithNotFoundForACopyNotInTheFolderNamed() {
      seedJazzFolder();
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(
              () -> collection().rateInstance(USER, item.ref().inFolder(JAZZ), ItemRating.of(3)));
    }

    @Test
    void refusesAnotherUsersCopy() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () -> otherUsersCollection().rateInstance(USER, item.ref(), ItemRating.of(1)));
    }
  }

  @Nested
  class MoveInstance {

    @Test
    void movesACopyAndTheCountsFollow() {
      seedJazzFolder();
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      InstanceRef moved = collection().moveInstance(USER, item.ref(), JAZZ);

      assertThat(moved).isEqualTo(item.ref().inFolder(JAZZ));
      assertThat(itemsOf(JAZZ)).extracting(CollectionItem::ref).containsExactly(moved);
      assertThat(countOf(FolderId.UNCATEGORIZED)).isZero();
      assertThat(countOf(FolderId.ALL)).isEqualTo(1);
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> collection().deleteInstance(USER, item.ref()));
    }

    @Test
    void refusesFolderZeroAsTheDestinationBeforeSending() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);
      int before = requestCount();

      assertThatIllegalArgumentException()
          .isThrownBy(() -> collection().moveInstance(USER, item.ref(), FolderId.ALL))
          .withMessageContaining("folder 1");
      assertThat(requestCount()).isEqualTo(before);
    }

    @Test
    void failsWithNotFoundForAnUnknownDestination() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> collection().moveInstance(USER, item.ref(), FolderId.of(freshId())));
      assertThat(countOf(FolderId.UNCATEGORIZED)).isEqualTo(1);
    }
  }

  @Nested
  class DeleteInstance {

    @Test
    void removesTheCopyAndTheCountsFollow() {
      CollectionItem kept = seedItem(FolderId.UNCATEGORIZED);
      CollectionItem removed = seedItem(FolderId.UNCATEGORIZED);

      collection().deleteInstance(USER, removed.ref());

      assertThat(itemsOf(FolderId.ALL)).containsExactly(kept);
      assertThat(countOf(FolderId.UNCATEGORIZED)).isEqualTo(1);
    }

    @Test
    void failsWithNotFoundForAnUnknownCopy() {
      InstanceRef unknown =
          new InstanceRef(
              FolderId.UNCATEGORIZED, ReleaseId.of(freshId()), InstanceId.of(freshId()));

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> collection().deleteInstance(USER, unknown));
    }

    @Test
    void refusesAnotherUsersCopy() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersCollection().deleteInstance(USER, item.ref()));
      assertThat(itemsOf(FolderId.ALL)).hasSize(1);
    }
  }

  @Nested
  class Fields {

    @Test
    void listsTheDefaultFieldsOfANewCollection() {
      assertThat(collection().fields(USER))
          .extracting(CustomField::name, CustomField::type, CustomField::isPublic)
          .containsExactly(
              tuple("Media Condition", FieldType.DROPDOWN, true),
              tuple("Sleeve Condition", FieldType.DROPDOWN, false),
              tuple("Notes", FieldType.TEXTAREA, true));
    }

    @Test
    void showsOthersOnlyThePublicFields() {
      assertThat(otherUsersCollection().fields(USER))
          .extracting(CustomField::id)
          .containsExactly(FieldId.of(1), FieldId.of(3));
    }

    @Test
    void returnsASeededFieldWithEveryPart() {
      CustomField shelf =
          new CustomField(
              FieldId.of(7),
              "Shelf",
              4,
              true,
              FieldType.DROPDOWN,
              List.of("A", "B"),
              OptionalInt.empty());
      seeder().putField(USER, shelf);

      assertThat(collection().fields(USER)).contains(shelf);
    }

    @Test
    void refusesOthersAPrivateCollection() {
      seeder().setCollectionPublic(USER, false);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> anonymousCollection().fields(USER));
    }
  }

  @Nested
  class EditFieldValue {

    @Test
    void setsTextThatReadsBackVerbatim() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);
      String text = "bought at a fair; sleeve has a small tear – 50% off & \"mint\"";

      collection().editFieldValue(USER, item.ref(), FieldId.of(3), text);

      assertThat(itemsOf(FolderId.ALL).get(0).note(FieldId.of(3))).contains(text);
    }

    @Test
    void setsADropdownToOneOfItsOptions() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      collection().editFieldValue(USER, item.ref(), FieldId.of(1), "Very Good Plus (VG+)");

      assertThat(itemsOf(FolderId.ALL).get(0).notes())
          .containsExactly(new FieldValue(FieldId.of(1), "Very Good Plus (VG+)"));
    }

    @Test
    void refusesADropdownValueThatIsNoOption() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      assertThatExceptionOfType(BadRequestException.class)
          .isThrownBy(() -> collection().editFieldValue(USER, item.ref(), FieldId.of(1), "Shiny"));
      assertThat(itemsOf(FolderId.ALL).get(0).notes()).isEmpty();
    }

    @Test
    void clearsTheValueWithAnEmptyText() {
      long id = freshId();
      CollectionItem item = TestCollectionItems.item(id, id + 1).note(3, "old note").build();
      seeder().putCollectionItem(USER, item);

      collection().editFieldValue(USER, item.ref(), FieldId.of(3), "");

      assertThat(itemsOf(FolderId.ALL).get(0).notes()).isEmpty();
    }

    @Test
    void failsWithNotFoundForAnUnknownField() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(
              () -> collection().editFieldValue(USER, item.ref(), FieldId.of(freshId()), "x"));
    }

    @Test
    void refusesAnotherUsersCopy() {
      CollectionItem item = seedItem(FolderId.UNCATEGORIZED);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(
              () -> otherUsersCollection().editFieldValue(USER, item.ref(), FieldId.of(3), "x"));
    }
  }

  @Nested
  class Value {

    @Test
    void readsTheAmountsInUsDollarsByDefault() {
      seeder()
          .putCollectionValue(
              USER, new BigDecimal("75.50"), new BigDecimal("100.25"), new BigDecimal("1250.00"));

      CollectionValue value = collection().value(USER);

      assertThat(value.minimum().text()).isEqualTo("$75.50");
      assertThat(value.maximum().text()).isEqualTo("$1,250.00");
      assertThat(value.median().money()).contains(Money.of("100.25", Currency.USD));
      assertThat(value.maximum().money()).contains(Money.of("1250.00", Currency.USD));
    }

    @Test
    void readsTheAmountsInTheUsersCurrency() {
      seeder().putUser(TestProfiles.profile(USER.value(), USER_ID).currency(Currency.CAD).build());
      seeder()
          .putCollectionValue(USER, new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"));

      CollectionValue value = collection().value(USER);

      assertThat(value.maximum().money()).contains(Money.of("3.00", Currency.CAD));
    }

    @Test
    void refusesEveryoneButTheOwner() {
      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersCollection().value(USER));
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> anonymousCollection().value(USER));
    }
  }
}
