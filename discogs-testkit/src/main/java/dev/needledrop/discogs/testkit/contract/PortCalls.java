package dev.needledrop.discogs.testkit.contract;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.InventoryQuery;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.OrderQuery;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.api.access.CollectionAccess;
import dev.needledrop.discogs.api.access.DatabaseAccess;
import dev.needledrop.discogs.api.access.ImagesAccess;
import dev.needledrop.discogs.api.access.InventoryAccess;
import dev.needledrop.discogs.api.access.ListsAccess;
import dev.needledrop.discogs.api.access.MarketplaceAccess;
import dev.needledrop.discogs.api.access.UsersAccess;
import dev.needledrop.discogs.api.access.WantlistAccess;
import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.InstanceRef;
import dev.needledrop.discogs.model.database.ReleaseRating;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.InventoryCsv;
import dev.needledrop.discogs.model.inventory.UploadId;
import dev.needledrop.discogs.model.inventory.UploadType;
import dev.needledrop.discogs.model.marketplace.ListingDraft;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.NewOrderMessage;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.OrderUpdate;
import dev.needledrop.discogs.model.user.ProfileUpdate;
import dev.needledrop.discogs.model.wantlist.WantUpdate;
import dev.needledrop.discogs.paging.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One call of every port method, keyed by the row of the access tables that rules it: what the
 * {@link AccessRulesContract} sends with each kind of credentials, and what a test needs to reach
 * every endpoint that names a user. Arguments are well formed; whether the objects exist is not the
 * point.
 */
public final class PortCalls {

  private static final ReleaseId RELEASE = ReleaseId.of(249504);
  private static final FolderId FOLDER = FolderId.of(5);
  private static final InstanceRef INSTANCE = new InstanceRef(FOLDER, RELEASE, InstanceId.of(7));
  private static final OrderId ORDER = OrderId.of("1-1");
  private static final ListingId LISTING = ListingId.of(172723812);

  private PortCalls() {}

  /**
   * Returns a call for every row of every access table, in table order, naming the given user
   * wherever a method takes one and the given image URL for the image fetch.
   */
  public static Map<AccessRule, Consumer<Discogs>> forEveryRule(Username user, String imageUrl) {
    Map<AccessRule, Consumer<Discogs>> calls = new LinkedHashMap<>();
    calls.putAll(database(user));
    calls.putAll(collection(user));
    calls.putAll(wantlist(user));
    calls.putAll(lists(user));
    calls.putAll(marketplace(user));
    calls.putAll(inventory());
    calls.putAll(users(user));
    calls.put(ImagesAccess.OPEN_IMAGE, discogs -> discogs.images().openImage(imageUrl).close());
    return Collections.unmodifiableMap(calls);
  }

  private static Map<AccessRule, Consumer<Discogs>> database(Username user) {
    Map<AccessRule, Consumer<Discogs>> calls = new LinkedHashMap<>();
    calls.put(DatabaseAccess.RELEASE, d -> d.database().release(RELEASE));
    calls.put(DatabaseAccess.COMMUNITY_RATING, d -> d.database().communityRating(RELEASE));
    calls.put(DatabaseAccess.USER_RATING, d -> d.database().userRating(RELEASE, user));
    calls.put(
        DatabaseAccess.RATE_RELEASE,
        d -> d.database().rateRelease(RELEASE, user, ReleaseRating.of(4)));
    calls.put(
        DatabaseAccess.DELETE_RELEASE_RATING, d -> d.database().deleteReleaseRating(RELEASE, user));
    calls.put(DatabaseAccess.RELEASE_STATS, d -> d.database().releaseStats(RELEASE));
    calls.put(DatabaseAccess.MASTER, d -> d.database().master(MasterId.of(1000)));
    calls.put(
        DatabaseAccess.MASTER_VERSIONS,
        d ->
            d.database()
                .masterVersions(MasterId.of(1000), MasterVersionsQuery.all(), PageRequest.first()));
    calls.put(DatabaseAccess.ARTIST, d -> d.database().artist(ArtistId.of(1)));
    calls.put(
        DatabaseAccess.ARTIST_RELEASES,
        d -> d.database().artistReleases(ArtistId.of(1), Optional.empty(), PageRequest.first()));
    calls.put(DatabaseAccess.LABEL, d -> d.database().label(LabelId.of(1)));
    calls.put(
        DatabaseAccess.LABEL_RELEASES,
        d -> d.database().labelReleases(LabelId.of(1), PageRequest.first()));
    calls.put(
        DatabaseAccess.SEARCH,
        d -> d.database().search(SearchQuery.text("Nirvana"), PageRequest.first()));
    return calls;
  }

  private static Map<AccessRule, Consumer<Discogs>> collection(Username user) {
    Map<AccessRule, Consumer<Discogs>> calls = new LinkedHashMap<>();
    calls.put(CollectionAccess.FOLDERS, d -> d.collection().folders(user));
    calls.put(CollectionAccess.CREATE_FOLDER, d -> d.collection().createFolder(user, "Jazz"));
    calls.put(CollectionAccess.FOLDER, d -> d.collection().folder(user, FOLDER));
    calls.put(
        CollectionAccess.RENAME_FOLDER, d -> d.collection().renameFolder(user, FOLDER, "Bop"));
    calls.put(CollectionAccess.DELETE_FOLDER, d -> d.collection().deleteFolder(user, FOLDER));
    calls.put(
        CollectionAccess.ITEMS,
        d -> d.collection().items(user, FolderId.ALL, Optional.empty(), PageRequest.first()));
    calls.put(
        CollectionAccess.RELEASE_INSTANCES,
        d -> d.collection().releaseInstances(user, RELEASE, PageRequest.first()));
    calls.put(CollectionAccess.ADD_RELEASE, d -> d.collection().addRelease(user, FOLDER, RELEASE));
    calls.put(
        CollectionAccess.RATE_INSTANCE,
        d -> d.collection().rateInstance(user, INSTANCE, ItemRating.of(3)));
    calls.put(
        CollectionAccess.MOVE_INSTANCE,
        d -> d.collection().moveInstance(user, INSTANCE, FolderId.UNCATEGORIZED));
    calls.put(CollectionAccess.DELETE_INSTANCE, d -> d.collection().deleteInstance(user, INSTANCE));
    calls.put(CollectionAccess.FIELDS, d -> d.collection().fields(user));
    calls.put(
        CollectionAccess.EDIT_FIELD_VALUE,
        d -> d.collection().editFieldValue(user, INSTANCE, FieldId.of(3), "Mint"));
    calls.put(CollectionAccess.VALUE, d -> d.collection().value(user));
    return calls;
  }

  private static Map<AccessRule, Consumer<Discogs>> wantlist(Username user) {
    Map<AccessRule, Consumer<Discogs>> calls = new LinkedHashMap<>();
    calls.put(WantlistAccess.WANTS, d -> d.wantlist().wants(user, PageRequest.first()));
    calls.put(
        WantlistAccess.ADD_WANT, d -> d.wantlist().addWant(user, RELEASE, WantUpdate.nothing()));
    calls.put(
        WantlistAccess.EDIT_WANT,
        d -> d.wantlist().editWant(user, RELEASE, WantUpdate.nothing().withNotes("x")));
    calls.put(WantlistAccess.REMOVE_WANT, d -> d.wantlist().removeWant(user, RELEASE));
    return calls;
  }

  private static Map<AccessRule, Consumer<Discogs>> lists(Username user) {
    Map<AccessRule, Consumer<Discogs>> calls = new LinkedHashMap<>();
    calls.put(ListsAccess.LISTS, d -> d.lists().lists(user, PageRequest.first()));
    calls.put(ListsAccess.LIST, d -> d.lists().list(ListId.of(21)));
    return calls;
  }

  private static Map<AccessRule, Consumer<Discogs>> marketplace(Username user) {
    ListingDraft draft =
        ListingDraft.builder(RELEASE, MediaCondition.MINT, new BigDecimal("10.00")).build();
    Map<AccessRule, Consumer<Discogs>> calls = new LinkedHashMap<>();
    calls.put(
        MarketplaceAccess.INVENTORY,
        d -> d.marketplace().inventory(user, InventoryQuery.all(), PageRequest.first()));
    calls.put(MarketplaceAccess.LISTING, d -> d.marketplace().listing(LISTING));
    calls.put(MarketplaceAccess.CREATE_LISTING, d -> d.marketplace().createListing(draft));
    calls.put(MarketplaceAccess.EDIT_LISTING, d -> d.marketplace().editListing(LISTING, draft));
    calls.put(MarketplaceAccess.DELETE_LISTING, d -> d.marketplace().deleteListing(LISTING));
    calls.put(
        MarketplaceAccess.ORDERS,
        d -> d.marketplace().orders(OrderQuery.all(), PageRequest.first()));
    calls.put(MarketplaceAccess.ORDER, d -> d.marketplace().order(ORDER));
    calls.put(
        MarketplaceAccess.EDIT_ORDER,
        d -> d.marketplace().editOrder(ORDER, OrderUpdate.status(OrderStatus.INVOICE_SENT)));
    calls.put(
        MarketplaceAccess.ORDER_MESSAGES,
        d -> d.marketplace().orderMessages(ORDER, PageRequest.first()));
    calls.put(
        MarketplaceAccess.ADD_ORDER_MESSAGE,
        d -> d.marketplace().addOrderMessage(ORDER, NewOrderMessage.text("Thanks!")));
    calls.put(MarketplaceAccess.FEE, d -> d.marketplace().fee(new BigDecimal("10.00")));
    calls.put(MarketplaceAccess.PRICE_SUGGESTIONS, d -> d.marketplace().priceSuggestions(RELEASE));
    calls.put(
        MarketplaceAccess.MARKETPLACE_STATS,
        d -> d.marketplace().marketplaceStats(RELEASE, Currency.USD));
    return calls;
  }

  private static Map<AccessRule, Consumer<Discogs>> inventory() {
    InventoryCsv csv =
        InventoryCsv.of("add.csv", "release_id,price,media_condition\n1,10,Mint (M)\n");
    Instant since = Instant.parse("2024-01-01T00:00:00Z");
    Map<AccessRule, Consumer<Discogs>> calls = new LinkedHashMap<>();
    calls.put(InventoryAccess.REQUEST_EXPORT, d -> d.inventory().requestExport());
    calls.put(InventoryAccess.EXPORTS, d -> d.inventory().exports(PageRequest.first()));
    calls.put(InventoryAccess.EXPORT, d -> d.inventory().export(ExportId.of(599)));
    calls.put(
        InventoryAccess.EXPORT_IF_MODIFIED_SINCE,
        d -> d.inventory().exportIfModifiedSince(ExportId.of(599), since));
    calls.put(
        InventoryAccess.DOWNLOAD_EXPORT,
        d -> d.inventory().downloadExport(ExportId.of(599)).close());
    calls.put(InventoryAccess.SUBMIT_UPLOAD, d -> d.inventory().submitUpload(UploadType.ADD, csv));
    calls.put(InventoryAccess.UPLOADS, d -> d.inventory().uploads(PageRequest.first()));
    calls.put(InventoryAccess.UPLOAD, d -> d.inventory().upload(UploadId.of(119)));
    calls.put(
        InventoryAccess.UPLOAD_IF_MODIFIED_SINCE,
        d -> d.inventory().uploadIfModifiedSince(UploadId.of(119), since));
    return calls;
  }

  private static Map<AccessRule, Consumer<Discogs>> users(Username user) {
    Map<AccessRule, Consumer<Discogs>> calls = new LinkedHashMap<>();
    calls.put(UsersAccess.IDENTITY, d -> d.users().identity());
    calls.put(UsersAccess.PROFILE, d -> d.users().profile(user));
    calls.put(
        UsersAccess.EDIT_PROFILE,
        d -> d.users().editProfile(user, ProfileUpdate.builder().location("Paris").build()));
    calls.put(UsersAccess.SUBMISSIONS, d -> d.users().submissions(user, PageRequest.first()));
    calls.put(
        UsersAccess.CONTRIBUTIONS,
        d -> d.users().contributions(user, Optional.empty(), PageRequest.first()));
    return calls;
  }
}
