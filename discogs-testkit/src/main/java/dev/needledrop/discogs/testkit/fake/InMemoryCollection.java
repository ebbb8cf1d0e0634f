package dev.needledrop.discogs.testkit.fake;

import static dev.needledrop.discogs.testkit.fake.FakeContext.userPath;

import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.api.CollectionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.access.CollectionAccess;
import dev.needledrop.discogs.internal.Arguments;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.FormattedMoney;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.CollectionValue;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.FieldValue;
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.model.collection.InstanceRef;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.testkit.internal.database.NotFound;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.userdata.FolderCount;
import dev.needledrop.discogs.testkit.internal.userdata.Instance;
import dev.needledrop.discogs.testkit.internal.userdata.InstanceAddress;
import dev.needledrop.discogs.testkit.internal.userdata.ItemKeys;
import dev.needledrop.discogs.testkit.internal.userdata.ItemOrder;
import dev.needledrop.discogs.testkit.internal.userdata.UserLedger;
import dev.needledrop.discogs.testkit.internal.userdata.Worth;
import dev.needledrop.discogs.testkit.internal.userdata.WorthFormat;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory {@link CollectionApi} that behaves like the stub server: the same folder rules,
 * counts, instance ids, privacy and errors, over the data of the {@link InMemoryUserData} it came
 * from. Arguments Discogs forbids are refused before anything is looked at, as the HTTP adapter
 * refuses them before sending. Thread-safe.
 */
public final class InMemoryCollection implements CollectionApi {

  private final FakeContext context;
  private final UserLedger<BasicInformation> ledger;

  InMemoryCollection(FakeContext context) {
    this.context = context;
    this.ledger = context.data().ledger();
  }

  @Override
  public List<Folder> folders(Username user) {
    CollectionAccess.FOLDERS.check(context.caller().accessLevel());
    String owner = user.value();
    return context.call(
        "GET",
        foldersPath(owner),
        () -> ledger.folders(context.caller(), owner).stream().map(this::folder).toList());
  }

  @Override
  public Folder createFolder(Username user, String name) {
    CollectionAccess.CREATE_FOLDER.check(context.caller().accessLevel());
    Arguments.folderName(name);
    String owner = user.value();
    return context.call(
        "POST",
        foldersPath(owner),
        () -> {
          context.requireOwner(owner);
          return folder(ledger.createFolder(owner, name));
        });
  }

  @Override
  public Folder folder(Username user, FolderId folder) {
    CollectionAccess.FOLDER.check(context.caller().accessLevel());
    String owner = user.value();
    return context.call(
        "GET",
        folderPath(owner, folder),
        () -> folder(ledger.folder(context.caller(), owner, folder.value())));
  }

  @Override
  public Folder renameFolder(Username user, FolderId folder, String name) {
    CollectionAccess.RENAME_FOLDER.check(context.caller().accessLevel());
    folder.requireChangeable("folder");
    Arguments.folderName(name);
    String owner = user.value();
    return context.call(
        "POST",
        folderPath(owner, folder),
        () -> {
          context.requireOwner(owner);
          return folder(ledger.renameFolder(owner, folder.value(), name));
        });
  }

  @Override
  public void deleteFolder(Username user, FolderId folder) {
    CollectionAccess.DELETE_FOLDER.check(context.caller().accessLevel());
    folder.requireChangeable("folder");
    String owner = user.value();
    context.run(
        "DELETE",
        folderPath(owner, folder),
        () -> {
          context.requireOwner(owner);
          ledger.deleteFolder(owner, folder.value());
        });
  }

  @Override
  public Page<CollectionItem> items(
      Username user, FolderId folder, Optional<Sort<CollectionSort>> sort, PageRequest page) {
    CollectionAccess.ITEMS.check(context.caller().accessLevel());
    Objects.requireNonNull(sort, "sort");
    String owner = user.value();
    return context.call(
        "GET",
        folderPath(owner, folder) + "/releases",
        () -> {
          List<Instance<BasicInformation>> copies =
              ledger.items(context.caller(), owner, folder.value());
          List<Instance<BasicInformation>> sorted =
              sort.map(by -> ItemOrder.sort(copies, InMemoryCollection::keys, by.key(), by.order()))
                  .orElse(copies);
          return FakeContext.page(sorted, page, this::item);
        });
  }

  @Override
  public Page<CollectionItem> releaseInstances(Username user, ReleaseId release, PageRequest page) {
    CollectionAccess.RELEASE_INSTANCES.check(context.caller().accessLevel());
    String owner = user.value();
    return context.call(
        "GET",
        userPath(owner) + "/collection/releases/" + release,
        () ->
            FakeContext.page(
                ledger.releaseInstances(context.caller(), owner, release.value()),
                page,
                this::item));
  }

  @Override
  public InstanceRef addRelease(Username user, FolderId folder, ReleaseId release) {
    CollectionAccess.ADD_RELEASE.check(context.caller().accessLevel());
    folder.requireWritable("folder");
    Objects.requireNonNull(release, "release");
    String owner = user.value();
    return context.call(
        "POST",
        folderPath(owner, folder) + "/releases/" + release,
        () -> {
          context.requireOwner(owner);
          BasicInformation about =
              context
                  .releases()
                  .apply(release.value())
                  .map(FakeContext::summarize)
                  .orElseThrow(() -> ApiError.notFound(NotFound.RELEASE));
          Instance<BasicInformation> copy =
              ledger.addInstance(owner, folder.value(), release.value(), about);
          return new InstanceRef(folder, release, InstanceId.of(copy.instanceId()));
        });
  }

  @Override
  public void rateInstance(Username user, InstanceRef instance, ItemRating rating) {
    CollectionAccess.RATE_INSTANCE.check(context.caller().accessLevel());
    Objects.requireNonNull(rating, "rating");
    String owner = user.value();
    context.run(
        "POST",
        instancePath(owner, instance),
        () -> {
          context.requireOwner(owner);
          ledger.rateInstance(owner, address(instance), rating.stars());
        });
  }

  @Override
  public InstanceRef moveInstance(Username user, InstanceRef instance, FolderId destination) {
    CollectionAccess.MOVE_INSTANCE.check(context.caller().accessLevel());
    destination.requireWritable("destination");
    String owner = user.value();
    context.run(
        "POST",
        instancePath(owner, instance),
        () -> {
          context.requireOwner(owner);
          ledger.moveInstance(owner, address(instance), destination.value());
        });
    return instance.inFolder(destination);
  }

  @Override
  public void deleteInstance(Username user, InstanceRef instance) {
    CollectionAccess.DELETE_INSTANCE.check(context.caller().accessLevel());
    String owner = user.value();
    context.run(
        "DELETE",
        instancePath(owner, instance),
        () -> {
          context.requireOwner(owner);
          ledger.deleteInstance(owner, address(instance));
        });
  }

  @Override
  public List<CustomField> fields(Username user) {
    CollectionAccess.FIELDS.check(context.caller().accessLevel());
    String owner = user.value();
    return context.call(
        "GET",
        userPath(owner) + "/collection/fields",
        () -> ledger.fields(context.caller(), owner));
  }

  @Override
  public void editFieldValue(Username user, InstanceRef instance, FieldId field, String value) {
    CollectionAccess.EDIT_FIELD_VALUE.check(context.caller().accessLevel());
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    String owner = user.value();
    context.run(
        "POST",
        instancePath(owner, instance) + "/fields/" + field,
        () -> {
          context.requireOwner(owner);
          ledger.setFieldValue(owner, address(instance), field.value(), value);
        });
  }

  /** Returns the value written as Discogs writes it in the user's currency, then read back. */
  @Override
  public CollectionValue value(Username user) {
    CollectionAccess.VALUE.check(context.caller().accessLevel());
    String owner = user.value();
    return context.call(
        "GET",
        userPath(owner) + "/collection/value",
        () -> {
          context.requireOwner(owner);
          Worth worth = ledger.worth(owner);
          Currency currency = context.data().currency(owner);
          return new CollectionValue(
              amount(worth.minimum(), currency),
              amount(worth.median(), currency),
              amount(worth.maximum(), currency));
        });
  }

  private static FormattedMoney amount(BigDecimal amount, Currency currency) {
    return FormattedMoney.parse(WorthFormat.format(amount, currency), currency);
  }

  private Folder folder(FolderCount folder) {
    return new Folder(FolderId.of(folder.id()), folder.name(), folder.count());
  }

  private CollectionItem item(Instance<BasicInformation> copy) {
    List<FieldValue> notes =
        copy.notes().entrySet().stream()
            .map(note -> new FieldValue(FieldId.of(note.getKey()), note.getValue()))
            .toList();
    return new CollectionItem(
        ReleaseId.of(copy.releaseId()),
        InstanceId.of(copy.instanceId()),
        FolderId.of(copy.folderId()),
        copy.rating(),
        FakeContext.timestamp(copy.dateAdded()),
        context.describe(copy.release(), copy.releaseId()),
        notes);
  }

  static ItemKeys keys(Instance<BasicInformation> copy) {
    BasicInformation release = copy.release();
    return new ItemKeys(
        release.artists().stream().findFirst().map(artist -> artist.name()).orElse(""),
        release.title(),
        release.labels().stream().findFirst().map(label -> label.name()).orElse(""),
        release.labels().stream().findFirst().map(label -> label.catno()).orElse(""),
        release.formats().stream().findFirst().map(format -> format.name()).orElse(""),
        release.year().orElse(0),
        copy.rating(),
        copy.dateAdded());
  }

  private static InstanceAddress address(InstanceRef instance) {
    return new InstanceAddress(
        instance.folder().value(), instance.release().value(), instance.instance().value());
  }

  private static String foldersPath(String owner) {
    return userPath(owner) + "/collection/folders";
  }

  private static String folderPath(String owner, FolderId folder) {
    return foldersPath(owner) + "/" + folder;
  }

  private static String instancePath(String owner, InstanceRef instance) {
    return folderPath(owner, instance.folder())
        + "/releases/"
        + instance.release()
        + "/instances/"
        + instance.instance();
  }
}
