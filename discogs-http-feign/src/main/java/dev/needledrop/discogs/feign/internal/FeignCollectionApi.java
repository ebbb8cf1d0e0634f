package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.api.CollectionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.api.access.CollectionAccess;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.feign.internal.dto.CollectionValueDto;
import dev.needledrop.discogs.feign.internal.dto.FieldValueBodyDto;
import dev.needledrop.discogs.feign.internal.dto.FolderNameDto;
import dev.needledrop.discogs.feign.internal.dto.InstanceChangeDto;
import dev.needledrop.discogs.feign.internal.http.PathSegment;
import dev.needledrop.discogs.feign.internal.http.QueryParameters;
import dev.needledrop.discogs.feign.internal.mapping.CollectionMapper;
import dev.needledrop.discogs.feign.internal.resource.CollectionResource;
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
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.model.collection.InstanceRef;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.mapstruct.factory.Mappers;

/**
 * The collection section over HTTP: refuses what Discogs forbids (folder 0 as a target, changing
 * folders 0 and 1) before sending, then calls the Feign resource and maps the answers. Thread-safe.
 */
final class FeignCollectionApi implements CollectionApi {

  private static final CollectionMapper COLLECTION = Mappers.getMapper(CollectionMapper.class);

  private final CollectionResource resource;
  private final UsersApi users;
  private final AccessLevel access;

  FeignCollectionApi(CollectionResource resource, UsersApi users, AccessLevel access) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.users = Objects.requireNonNull(users, "users");
    this.access = Objects.requireNonNull(access, "access");
  }

  @Override
  public List<Folder> folders(Username user) {
    CollectionAccess.FOLDERS.check(access);
    String username = segment(user);
    return Exchange.get(foldersPath(username))
        .fetch(() -> resource.folders(username), COLLECTION::toFolderList);
  }

  @Override
  public Folder createFolder(Username user, String name) {
    CollectionAccess.CREATE_FOLDER.check(access);
    String username = segment(user);
    FolderNameDto body = new FolderNameDto(Arguments.folderName(name));
    return new Exchange("POST", foldersPath(username))
        .fetch(() -> resource.createFolder(username, body), COLLECTION::toFolder);
  }

  @Override
  public Folder folder(Username user, FolderId folder) {
    CollectionAccess.FOLDER.check(access);
    String username = segment(user);
    String folderId = segment(folder, "folder");
    return Exchange.get(folderPath(username, folderId))
        .fetch(() -> resource.folder(username, folderId), COLLECTION::toFolder);
  }

  @Override
  public Folder renameFolder(Username user, FolderId folder, String name) {
    CollectionAccess.RENAME_FOLDER.check(access);
    String username = segment(user);
    String folderId = segment(changeable(folder), "folder");
    FolderNameDto body = new FolderNameDto(Arguments.folderName(name));
    return new Exchange("POST", folderPath(username, folderId))
        .fetch(() -> resource.renameFolder(username, folderId, body), COLLECTION::toFolder);
  }

  @Override
  public void deleteFolder(Username user, FolderId folder) {
    CollectionAccess.DELETE_FOLDER.check(access);
    String username = segment(user);
    String folderId = segment(changeable(folder), "folder");
    Exchange.delete(folderPath(username, folderId))
        .run(() -> resource.deleteFolder(username, folderId));
  }

  @Override
  public Page<CollectionItem> items(
      Username user, FolderId folder, Optional<Sort<CollectionSort>> sort, PageRequest page) {
    CollectionAccess.ITEMS.check(access);
    String username = segment(user);
    String folderId = segment(folder, "folder");
    Map<String, String> query = QueryParameters.create().sort(sort).page(page).toMap();
    return Exchange.get(folderPath(username, folderId) + "/releases")
        .fetch(() -> resource.items(username, folderId, query), COLLECTION::toItemsPage);
  }

  @Override
  public Page<CollectionItem> releaseInstances(Username user, ReleaseId release, PageRequest page) {
    CollectionAccess.RELEASE_INSTANCES.check(access);
    String username = segment(user);
    String releaseId = segment(release, "release");
    Map<String, String> query = QueryParameters.create().page(page).toMap();
    return Exchange.get("/users/" + username + "/collection/releases/" + releaseId)
        .fetch(
            () -> resource.releaseInstances(username, releaseId, query), COLLECTION::toItemsPage);
  }

  @Override
  public InstanceRef addRelease(Username user, FolderId folder, ReleaseId release) {
    CollectionAccess.ADD_RELEASE.check(access);
    String username = segment(user);
    FolderId target = Objects.requireNonNull(folder, "folder").requireWritable("folder");
    String folderId = segment(target, "folder");
    String releaseId = segment(release, "release");
    String path = folderPath(username, folderId) + "/releases/" + releaseId;
    return new Exchange("POST", path)
        .fetch(
            () -> resource.addRelease(username, folderId, releaseId, Map.of()),
            added -> new InstanceRef(target, release, InstanceId.of(added.instanceId())));
  }

  @Override
  public void rateInstance(Username user, InstanceRef instance, ItemRating rating) {
    CollectionAccess.RATE_INSTANCE.check(access);
    Objects.requireNonNull(rating, "rating");
    change(user, instance, new InstanceChangeDto(rating.stars(), null));
  }

  @Override
  public InstanceRef moveInstance(Username user, InstanceRef instance, FolderId destination) {
    CollectionAccess.MOVE_INSTANCE.check(access);
    FolderId target =
        Objects.requireNonNull(destination, "destination").requireWritable("destination");
    change(user, instance, new InstanceChangeDto(null, target.value()));
    return instance.inFolder(target);
  }

  @Override
  public void deleteInstance(Username user, InstanceRef instance) {
    CollectionAccess.DELETE_INSTANCE.check(access);
    Instance at = Instance.of(user, instance);
    Exchange.delete(at.path())
        .run(
            () -> resource.deleteInstance(at.username(), at.folder(), at.release(), at.instance()));
  }

  @Override
  public List<CustomField> fields(Username user) {
    CollectionAccess.FIELDS.check(access);
    String username = segment(user);
    return Exchange.get("/users/" + username + "/collection/fields")
        .fetch(() -> resource.fields(username), COLLECTION::toFieldList);
  }

  @Override
  public void editFieldValue(Username user, InstanceRef instance, FieldId field, String value) {
    CollectionAccess.EDIT_FIELD_VALUE.check(access);
    Instance at = Instance.of(user, instance);
    String fieldId = segment(field, "field");
    FieldValueBodyDto body = new FieldValueBodyDto(Objects.requireNonNull(value, "value"));
    new Exchange("POST", at.path() + "/fields/" + fieldId)
        .run(
            () ->
                resource.editFieldValue(
                    at.username(), at.folder(), at.release(), at.instance(), fieldId, body));
  }

  /**
   * Returns the value, reading Discogs' display texts; a {@code $} (which several currencies write)
   * is settled by the user's currency, fetched from the profile only when needed.
   */
  @Override
  public CollectionValue value(Username user) {
    CollectionAccess.VALUE.check(access);
    String username = segment(user);
    CollectionValueDto wire =
        Exchange.get("/users/" + username + "/collection/value")
            .fetch(() -> resource.value(username), dto -> dto);
    List<String> texts =
        Stream.of(wire.minimum(), wire.median(), wire.maximum())
            .map(text -> text == null ? "" : text)
            .toList();
    Optional<Currency> userCurrency =
        texts.stream().anyMatch(FormattedMoney::needsUserCurrency)
            ? users.profile(user).currency()
            : Optional.empty();
    return new CollectionValue(
        read(texts.get(0), userCurrency),
        read(texts.get(1), userCurrency),
        read(texts.get(2), userCurrency));
  }

  private static FormattedMoney read(String text, Optional<Currency> userCurrency) {
    return userCurrency
        .map(currency -> FormattedMoney.parse(text, currency))
        .orElseGet(() -> FormattedMoney.parse(text));
  }

  private void change(Username user, InstanceRef instance, InstanceChangeDto body) {
    Instance at = Instance.of(user, instance);
    new Exchange("POST", at.path())
        .run(
            () ->
                resource.changeInstance(
                    at.username(), at.folder(), at.release(), at.instance(), body));
  }

  private static FolderId changeable(FolderId folder) {
    return Objects.requireNonNull(folder, "folder").requireChangeable("folder");
  }

  private static String foldersPath(String username) {
    return "/users/" + username + "/collection/folders";
  }

  private static String folderPath(String username, String folderId) {
    return foldersPath(username) + "/" + folderId;
  }

  private static String segment(Username user) {
    return segment(user, "user");
  }

  private static String segment(Object value, String name) {
    return PathSegment.encode(Objects.requireNonNull(value, name), name);
  }

  /** The encoded path values that address one copy. */
  private record Instance(String username, String folder, String release, String instance) {

    static Instance of(Username user, InstanceRef ref) {
      Objects.requireNonNull(ref, "instance");
      return new Instance(
          segment(user),
          segment(ref.folder(), "folder"),
          segment(ref.release(), "release"),
          segment(ref.instance(), "instance"));
    }

    String path() {
      return folderPath(username, folder) + "/releases/" + release + "/instances/" + instance;
    }
  }
}
