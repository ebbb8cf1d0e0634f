package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
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
import dev.needledrop.discogs.paging.PagedStream;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A user's collection: its folders, the copies of releases in them, custom note fields, and what it
 * is worth.
 *
 * <p>Every user has folder 0 ("All", a read-only view of the whole collection) and folder 1
 * ("Uncategorized"); neither can be renamed or deleted, and nothing can be added to folder 0: such
 * calls are refused with an {@link IllegalArgumentException} before anything is sent. Adding a
 * release twice gives two copies, each with its own instance id. Other users see a collection only
 * when it is public, and then only folder 0 and the public fields.
 *
 * <p>Implementations are thread-safe. Every call throws a {@link
 * dev.needledrop.discogs.error.DiscogsException}: {@link
 * dev.needledrop.discogs.error.ForbiddenException} for another user's private collection or for a
 * change to another user's collection, {@link
 * dev.needledrop.discogs.error.CredentialsRequiredException} before sending a change without a
 * user's credentials ({@link dev.needledrop.discogs.api.access.CollectionAccess}), {@link
 * dev.needledrop.discogs.error.UnauthorizedException} for credentials Discogs refuses, {@link
 * dev.needledrop.discogs.error.NotFoundException} for an unknown user, folder, copy or field.
 */
public interface CollectionApi {

  /** Items per page that the lazy streams ask for: the most Discogs serves, to save requests. */
  int STREAM_PAGE_SIZE = PageRequest.MAX_PER_PAGE;

  /** Returns the user's folders: all of them for the user, folder 0 alone for others. */
  List<Folder> folders(Username user);

  /** Creates a folder and returns it, empty; needs the user's credentials. */
  Folder createFolder(Username user, String name);

  /** Returns one folder with its count. */
  Folder folder(Username user, FolderId folder);

  /** Renames one of the user's own folders (not 0 or 1) and returns it. */
  Folder renameFolder(Username user, FolderId folder, String name);

  /** Deletes one of the user's own folders (not 0 or 1); Discogs deletes only empty folders. */
  void deleteFolder(Username user, FolderId folder);

  /** Returns a page of the copies in a folder; folder 0 lists the whole collection. */
  Page<CollectionItem> items(
      Username user, FolderId folder, Optional<Sort<CollectionSort>> sort, PageRequest page);

  /** Streams every copy in a folder. */
  default Stream<CollectionItem> allItems(
      Username user, FolderId folder, Optional<Sort<CollectionSort>> sort) {
    return PagedStream.of(page -> items(user, folder, sort, page), STREAM_PAGE_SIZE);
  }

  /** Returns a page of the user's copies of one release, across folders. */
  Page<CollectionItem> releaseInstances(Username user, ReleaseId release, PageRequest page);

  /** Streams every copy of one release in the user's collection. */
  default Stream<CollectionItem> allReleaseInstances(Username user, ReleaseId release) {
    return PagedStream.of(page -> releaseInstances(user, release, page), STREAM_PAGE_SIZE);
  }

  /**
   * Adds a copy of a release to a folder and returns where it went; a release already in the
   * collection gets another copy.
   *
   * @throws IllegalArgumentException for folder 0, before sending (use folder 1, "Uncategorized")
   */
  InstanceRef addRelease(Username user, FolderId folder, ReleaseId release);

  /** Rates a copy: 1 to 5 stars, or {@link ItemRating#NONE} to take the rating back. */
  void rateInstance(Username user, InstanceRef instance, ItemRating rating);

  /**
   * Moves a copy to another folder and returns its new reference.
   *
   * @throws IllegalArgumentException for folder 0 as the destination, before sending
   */
  InstanceRef moveInstance(Username user, InstanceRef instance, FolderId destination);

  /** Removes a copy from the collection. */
  void deleteInstance(Username user, InstanceRef instance);

  /** Returns the collection's custom note fields: all for the user, the public ones for others. */
  List<CustomField> fields(Username user);

  /** Sets the value of a custom field for a copy; a dropdown field takes one of its options. */
  void editFieldValue(Username user, InstanceRef instance, FieldId field, String value);

  /** Returns what the collection is worth, in the user's currency; only the user may ask. */
  CollectionValue value(Username user);
}
