package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.feign.testing.CaseClientTest;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.Fixtures;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.CollectionValue;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.FieldType;
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.lists.ListItemType;
import dev.needledrop.discogs.model.lists.ListSummary;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.model.wantlist.WantUpdate;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Decodes every recorded response of the user sections the testkit ships through the real adapter,
 * served as bytes from a local {@link CaseServer}, and checks the values that matter.
 */
class UserDataFixtureDecodingTest extends CaseClientTest {

  private static final Username USER = Username.of("example_user");
  private static final PageRequest FIRST = PageRequest.first();

  private void serve(String fixture) {
    server.enqueue(Fixtures.ok(fixture));
  }

  /** Serves a fixture as the 201 a creating write answers with. */
  private void serveCreated(String fixture) {
    ScriptedResponse ok = Fixtures.ok(fixture);
    server.enqueue(new ScriptedResponse(201, ok.headers(), ok.body(), Duration.ZERO, false));
  }

  private UsersApi users() {
    return discogs.users();
  }

  private CollectionApi collection() {
    return discogs.collection();
  }

  private WantlistApi wantlist() {
    return discogs.wantlist();
  }

  private ListsApi lists() {
    return discogs.lists();
  }

  @Nested
  class Identities {

    @Test
    void decodesTheRecordedIdentity() {
      serve("identity/identity-authenticated-user.json");

      Identity identity = users().identity();

      assertThat(identity).isEqualTo(new Identity(1000001, USER, "RicbraDiscogsBundle"));
      assertThat(server.onlyRequest().requestLine()).isEqualTo("GET /oauth/identity");
    }

    @Test
    void decodesTheDocumentedIdentity() {
      serve("identity/docs-identity-example.json");

      assertThat(users().identity())
          .isEqualTo(new Identity(1000001, Username.of("example"), "Your Application Name"));
    }
  }

  @Nested
  class Profiles {

    @Test
    void decodesTheOwnersViewWithItsPrivateParts() {
      serve("profile/profile-authenticated-owner-with-email.json");

      UserProfile profile = users().profile(USER);

      assertThat(profile.id()).isEqualTo(1000001);
      assertThat(profile.username()).isEqualTo(USER);
      assertThat(profile.uri()).isEqualTo("https://www.discogs.com/user/example_user");
      assertThat(profile.currency()).contains(Currency.EUR);
      assertThat(profile.email()).contains("user@example.com");
      assertThat(profile.numUnread()).hasValue(45);
      assertThat(profile.numCollection()).hasValue(48);
      assertThat(profile.numWantlist()).hasValue(44);
      assertThat(profile.activated()).contains(true);
      assertThat(profile.marketplaceSuspended()).contains(false);
      assertThat(profile.staff()).contains(false);
      assertThat(profile.buyerRating()).isEqualTo(100.0);
      assertThat(profile.buyerRatingStars()).isEqualTo(5.0);
      assertThat(profile.buyerNumRatings()).isEqualTo(7);
      assertThat(profile.registered().flatMap(Timestamp::toOffsetDateTime))
          .contains(OffsetDateTime.of(2015, 4, 25, 23, 52, 31, 0, ZoneOffset.ofHours(-7)));
      assertThat(server.onlyRequest().requestLine()).isEqualTo("GET /users/example_user");
    }

    @Test
    void decodesTheAnswerToAnEdit() {
      serve("profile/profile-authenticated-owner-after-edit.json");

      UserProfile profile = users().profile(USER);

      assertThat(profile.name()).isEqualTo("Example User");
      assertThat(profile.homePage()).isEqualTo("https://www.example.com/");
      assertThat(profile.location()).isEqualTo("Example location");
      assertThat(profile.currency()).contains(Currency.GBP);
    }

    @Test
    void decodesThePublicViewOfASellerWithoutTheOwnersParts() {
      serve("profile/profile-public-seller.json");

      UserProfile profile = users().profile(USER);

      assertThat(profile.email()).isEmpty();
      assertThat(profile.numUnread()).isEmpty();
      assertThat(profile.currency()).isEmpty();
      assertThat(profile.numForSale()).isEqualTo(63);
      assertThat(profile.rank()).isEqualTo(57.0);
      assertThat(profile.sellerNumRatings()).isEqualTo(13);
      assertThat(profile.ratingAvg()).isEqualTo(4.48);
      assertThat(profile.numCollection()).hasValue(414);
      assertThat(profile.activated()).isEmpty();
    }

    @Test
    void decodesTheLegacyProfileWithoutOffsetsOrAvatar() {
      serve("profile/profile-legacy-http.json");

      UserProfile profile = users().profile(USER);

      assertThat(profile.registered().flatMap(Timestamp::toOffsetDateTime))
          .contains(OffsetDateTime.of(2009, 6, 10, 4, 37, 2, 0, ZoneOffset.UTC));
      assertThat(profile.avatarUrl()).isEmpty();
      assertThat(profile.numWantlist()).hasValue(77);
      assertThat(profile.releasesRated()).isEqualTo(13);
    }
  }

  @Nested
  class Submissions {

    @Test
    void decodesAPageOfReleasesAndArtists() {
      serve("user-submissions/user-submissions-page1.json");

      Page<Submission> page = users().submissions(USER, FIRST);

      assertThat(page.pagination()).isEqualTo(new Pagination(1, 2, 50, 68));
      assertThat(page.items()).hasSize(50);
      assertThat(page.items().subList(0, 48)).allMatch(Submission.OfRelease.class::isInstance);
      assertThat(page.items().subList(48, 50)).allMatch(Submission.OfArtist.class::isInstance);
      assertThat(((Submission.OfRelease) page.items().get(0)).release().title())
          .isEqualTo("While We Are Together");
      Submission.OfArtist artist = (Submission.OfArtist) page.items().get(48);
      assertThat(artist.artist().name()).isEqualTo("Eldridge Gravy & The Court Supreme");
      // This older record lists its members by name alone, without ids: they are left out.
      assertThat(artist.artist().members()).isEmpty();
      assertThat(server.onlyRequest().query())
          .containsEntry("page", "1")
          .containsEntry("per_page", "50");
    }
  }

  @Nested
  class Contributions {

    @Test
    void decodesAPageOfWholeReleases() {
      serve("user-contributions/user-contributions-page1.json");

      Page<Release> page = users().contributions(USER, Optional.empty(), FIRST);

      assertThat(page.pagination()).isEqualTo(new Pagination(1, 1, 50, 20));
      assertThat(page.items()).hasSize(20);
      Release first = page.items().get(0);
      assertThat(first.id()).isEqualTo(ReleaseId.of(12626336));
      assertThat(first.title()).isEqualTo("Love To The World");
      assertThat(first.lowestPrice()).contains(Money.of("3.62", Currency.USD));
      assertThat(first.masterId()).contains(MasterId.of(83444));
      assertThat(server.onlyRequest().rawPath()).isEqualTo("/users/example_user/contributions");
    }
  }

  @Nested
  class Folders {

    @Test
    void decodesTheDocumentedFoldersWithoutPagination() {
      serve("collection-folders/docs-collection-folders-example.json");

      assertThat(collection().folders(USER))
          .containsExactly(
              new Folder(FolderId.ALL, "All", 23),
              new Folder(FolderId.UNCATEGORIZED, "Uncategorized", 20));
    }

    @Test
    void decodesTheRecordedFolders() {
      serve("collection-folders/collection-folders.json");

      assertThat(collection().folders(USER)).containsExactly(new Folder(FolderId.ALL, "All", 95));
    }

    @Test
    void decodesFolderZero() {
      serve("collection-folder/collection-folder-0-all.json");

      assertThat(collection().folder(USER, FolderId.ALL))
          .isEqualTo(new Folder(FolderId.ALL, "All", 95));
    }

    @Test
    void decodesACreatedFolder() {
      serveCreated("collection-folder/collection-folder-created-legacy.json");

      Folder created = collection().createFolder(USER, "My New Folder");

      assertThat(created).isEqualTo(new Folder(FolderId.of(232842), "My New Folder", 0));
    }
  }

  @Nested
  class CollectionItems {

    @Test
    void decodesThirtyOneRecentItemsWithoutFolderOrNotes() {
      serve("collection-items/collection-folder-0-releases-31-items.json");

      Page<CollectionItem> page = collection().items(USER, FolderId.ALL, Optional.empty(), FIRST);

      assertThat(page.items()).hasSize(31);
      CollectionItem first = page.items().get(0);
      assertThat(first.releaseId()).isEqualTo(ReleaseId.of(29294428));
      assertThat(first.instanceId()).isEqualTo(InstanceId.of(1880275113L));
      assertThat(first.folderId()).isEqualTo(FolderId.ALL);
      assertThat(first.notes()).isEmpty();
      BasicInformation release = first.release();
      assertThat(release.title()).isEqualTo("Burning Desire");
      assertThat(release.year()).hasValue(2023);
      assertThat(release.masterId()).contains(MasterId.of(3279853));
      assertThat(release.formats().get(0).quantity()).isEqualTo("2");
      assertThat(release.formats().get(0).text()).isEqualTo("Green, OBI");
      assertThat(release.labels())
          .extracting(l -> l.name() + " " + l.catno())
          .containsExactly("10K 10011LPC");
      assertThat(release.artistsDisplay()).isEqualTo("Mike (408)");
      assertThat(release.genres()).containsExactly("Hip Hop");
      assertThat(page.items().get(26).release().title()).isEqualTo("街角");
    }

    @Test
    void decodesTheLegacyItemsWithoutDates() {
      serve("collection-items/collection-folder-0-releases-legacy.json");

      Page<CollectionItem> page = collection().items(USER, FolderId.ALL, Optional.empty(), FIRST);

      assertThat(page.pagination()).isEqualTo(new Pagination(1, 62, 5, 309));
      assertThat(page.items()).hasSize(5);
      assertThat(page.items().get(0).dateAdded()).isEmpty();
      assertThat(page.items().get(0).release().labels().get(0).name()).isEqualTo("Šot Records");
      assertThat(page.items().get(0).release().coverImage()).isEmpty();
    }

    @Test
    void decodesBothPagesOfTheSortedItems() {
      serve("collection-items/collection-folder-0-releases-sort-added-page1-of-3.json");
      serve("collection-items/collection-folder-0-releases-sort-added-page2-of-3.json");

      Page<CollectionItem> first =
          collection().items(USER, FolderId.ALL, Optional.empty(), PageRequest.of(1, 2));
      Page<CollectionItem> second =
          collection().items(USER, FolderId.ALL, Optional.empty(), PageRequest.of(2, 2));

      assertThat(first.pagination()).isEqualTo(new Pagination(1, 3, 2, 5));
      assertThat(first.items())
          .extracting(CollectionItem::releaseId)
          .containsExactly(ReleaseId.of(10485244), ReleaseId.of(14225762));
      assertThat(second.items().get(0).rating()).isEqualTo(4);
      assertThat(second.items().get(0).release().labels()).hasSize(3);
    }

    @Test
    void decodesTheItemsSortedByArtist() {
      serve("collection-items/collection-folder-0-releases-sort-artist-desc-per_page2.json");

      Page<CollectionItem> page = collection().items(USER, FolderId.ALL, Optional.empty(), FIRST);

      assertThat(page.pagination()).isEqualTo(new Pagination(1, 48, 2, 95));
      assertThat(page.items().get(0).release().masterId()).isEmpty();
      assertThat(page.items().get(1).release().labels())
          .extracting(l -> l.name())
          .containsExactly("Mute", "CBS");
    }

    @Test
    void decodesTheCopiesOfOneRelease() {
      serve("collection-items-by-release/collection-releases-12934893.json");

      Page<CollectionItem> page =
          collection().releaseInstances(USER, ReleaseId.of(12934893), FIRST);

      assertThat(page.items())
          .singleElement()
          .satisfies(
              item -> {
                assertThat(item.instanceId()).isEqualTo(InstanceId.of(431009995));
                assertThat(item.release().title()).isEqualTo("Zonk");
                assertThat(item.release().styles()).hasSize(6);
              });
      assertThat(server.onlyRequest().rawPath())
          .isEqualTo("/users/example_user/collection/releases/12934893");
    }

    @Test
    void decodesTheDocumentedCopiesAcrossFolders() {
      serve("collection-items-by-release/docs-collection-releases-example.json");

      Page<CollectionItem> page = collection().releaseInstances(USER, ReleaseId.of(7781525), FIRST);

      assertThat(page.items())
          .extracting(CollectionItem::instanceId, CollectionItem::folderId, CollectionItem::rating)
          .containsExactly(
              tuple(InstanceId.of(148842233), FolderId.of(688739), 4),
              tuple(InstanceId.of(181301430), FolderId.UNCATEGORIZED, 4),
              tuple(InstanceId.of(181301442), FolderId.of(688739), 4));
      assertThat(page.items().get(0).release().labels().get(0).name()).isEqualTo("Varèse Vintage");
    }
  }

  @Nested
  class FieldsAndValue {

    @Test
    void decodesTheDocumentedFields() {
      serve("custom-fields/docs-custom-fields-example.json");

      List<CustomField> fields = collection().fields(USER);

      assertThat(fields)
          .extracting(CustomField::id, CustomField::name, CustomField::type, CustomField::isPublic)
          .containsExactly(
              tuple(FieldId.of(1), "Media Condition", FieldType.DROPDOWN, true),
              tuple(FieldId.of(2), "Sleeve Condition", FieldType.DROPDOWN, false),
              tuple(FieldId.of(3), "Notes", FieldType.TEXTAREA, true));
      assertThat(fields.get(0).options()).hasSize(8).startsWith("Mint (M)");
      assertThat(fields.get(1).options()).startsWith("Generic", "No Cover");
      assertThat(fields.get(2).lines()).isEqualTo(OptionalInt.of(3));
      assertThat(fields.get(2).position()).isEqualTo(3);
    }

    @Test
    void decodesTheDocumentedValueInTheUsersDollars() {
      serve("collection-value/docs-collection-value-example.json");
      serve("profile/profile-public-seller.json");

      CollectionValue value = collection().value(USER);

      assertThat(value.maximum().text()).isEqualTo("$250.00");
      assertThat(value.maximum().money()).contains(Money.of("250.00", Currency.USD));
      assertThat(value.median().money()).contains(Money.of("100.25", Currency.USD));
      assertThat(value.minimum().money()).contains(Money.of("75.50", Currency.USD));
    }
  }

  @Nested
  class Wantlists {

    @Test
    void decodesTheDocumentedWantsWithTextNotes() {
      serve("wantlist/docs-wants-example.json");

      Page<Want> page = wantlist().wants(USER, FIRST);

      assertThat(page.items())
          .extracting(Want::releaseId, Want::rating, Want::notes)
          .containsExactly(
              tuple(ReleaseId.of(1867708), 4, ""),
              tuple(ReleaseId.of(1675174), 0, "Example note."));
      assertThat(page.items().get(1).release().title()).isEqualTo("Dawn Metropolis");
      assertThat(page.items().get(1).release().labels().get(0).entityType()).isEmpty();
      assertThat(page.items().get(1).dateAdded()).isEmpty();
    }

    @Test
    void decodesTheRecordedWantsWithDates() {
      serve("wantlist/wants-sort-label-per_page2.json");

      Page<Want> page = wantlist().wants(USER, FIRST);

      assertThat(page.pagination()).isEqualTo(new Pagination(1, 51, 2, 101));
      assertThat(page.items().get(0).release().title()).isEqualTo("May God Bless Your Hustle");
      assertThat(page.items().get(0).release().masterId()).contains(MasterId.of(1217180));
      assertThat(page.items().get(0).dateAdded().map(Timestamp::raw))
          .contains("2025-01-30T13:46:00-08:00");
    }

    @Test
    void decodesTheLegacyWantsWithTheirNotesFlag() {
      serve("wantlist/wants-per_page5-legacy.json");

      Page<Want> page = wantlist().wants(USER, FIRST);

      assertThat(page.pagination()).isEqualTo(new Pagination(1, 16, 5, 77));
      assertThat(page.items())
          .hasSize(5)
          .allMatch(want -> want.notesPublic().equals(Optional.of(false)));
      assertThat(page.items().get(0).release().formats().get(0).descriptions())
          .containsExactly("7\"", "45 RPM", "Single");
    }

    @Test
    void decodesTheDocumentedAnswerToAnAdd() {
      serveCreated("want/docs-want-put-example.json");

      Want want = wantlist().addWant(USER, ReleaseId.of(1));

      assertThat(want.releaseId()).isEqualTo(ReleaseId.of(1));
      assertThat(want.notes()).isEmpty();
      assertThat(want.release().title()).isEqualTo("Stockholm");
      assertThat(want.release().artists().get(0).name()).isEqualTo("Persuader, The");
      assertThat(want.release().coverImage()).startsWith("https://api-img.discogs.com/");
    }

    @Test
    void decodesTheLegacyAnswerToAnAdd() {
      serve("want/docs-want-legacy-example.json");

      Want want = wantlist().editWant(USER, ReleaseId.of(1), WantUpdate.notes("Example note."));

      assertThat(want.notes()).isEqualTo("Example note.");
      assertThat(want.release().year()).hasValue(1999);
    }
  }

  @Nested
  class Lists {

    @Test
    void decodesTheDocumentedListsOfAUser() {
      serve("user-lists/docs-user-lists-example.json");

      Page<ListSummary> page = lists().lists(USER, PageRequest.of(2, 1));

      assertThat(page.pagination()).isEqualTo(new Pagination(2, 2, 1, 2));
      assertThat(page.items())
          .singleElement()
          .satisfies(
              list -> {
                assertThat(list.id()).isEqualTo(ListId.of(1));
                assertThat(list.isPublic()).isFalse();
                assertThat(list.description()).isEqualTo("foo test description");
                assertThat(list.uri()).isEqualTo("https://www.discogs.com/lists/example_user/1");
                assertThat(list.dateChanged().map(Timestamp::raw))
                    .contains("2016-05-31T10:30:51-07:00");
              });
    }

    @Test
    void decodesTheDocumentedListUnderItsDocumentedKeys() {
      serve("list/docs-list-2-example.json");

      UserList list = lists().list(ListId.of(2));

      assertThat(list.id()).isEqualTo(ListId.of(2));
      assertThat(list.name()).isEqualTo("new list");
      assertThat(list.dateAdded().map(Timestamp::raw)).contains("2016-05-31T10:36:30-07:00");
      assertThat(list.dateChanged().map(Timestamp::raw)).contains("2016-05-31T13:46:12-07:00");
      assertThat(list.uri()).isEqualTo("https://www.discogs.com/lists/new-list/2");
      assertThat(list.owner()).isEmpty();
      assertThat(list.items())
          .extracting(item -> item.id(), item -> item.type(), item -> item.comment())
          .containsExactly(
              tuple(4674L, ListItemType.RELEASE, "My list comment"),
              tuple(2964L, ListItemType.RELEASE, "item comment"),
              tuple(3227L, ListItemType.ARTIST, "This is an artist"));
      assertThat(server.onlyRequest().requestLine()).isEqualTo("GET /lists/2");
    }
  }
}
