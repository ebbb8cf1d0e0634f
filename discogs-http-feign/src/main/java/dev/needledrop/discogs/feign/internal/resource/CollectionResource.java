package dev.needledrop.discogs.feign.internal.resource;

import dev.needledrop.discogs.feign.internal.dto.AddedInstanceDto;
import dev.needledrop.discogs.feign.internal.dto.CollectionItemsPageDto;
import dev.needledrop.discogs.feign.internal.dto.CollectionValueDto;
import dev.needledrop.discogs.feign.internal.dto.CustomFieldsDto;
import dev.needledrop.discogs.feign.internal.dto.FieldValueBodyDto;
import dev.needledrop.discogs.feign.internal.dto.FolderDto;
import dev.needledrop.discogs.feign.internal.dto.FolderNameDto;
import dev.needledrop.discogs.feign.internal.dto.FoldersDto;
import dev.needledrop.discogs.feign.internal.dto.InstanceChangeDto;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The collection section of the Discogs API as Feign calls (reference §8.9, E46–E58). Path values
 * and queries arrive already percent-encoded, as for {@link DatabaseResource}. Writes answering 204
 * return nothing, so their bodies (empty, or any content type) are never read.
 */
public interface CollectionResource {

  String FOLDERS = "/users/{username}/collection/folders";
  String FOLDER = FOLDERS + "/{folderId}";
  String INSTANCE = FOLDER + "/releases/{releaseId}/instances/{instanceId}";

  @RequestLine(value = "GET " + FOLDERS, decodeSlash = false)
  FoldersDto folders(@Param(value = "username", encoded = true) String username);

  /** Answers 201 with the new folder. */
  @RequestLine(value = "POST " + FOLDERS, decodeSlash = false)
  FolderDto createFolder(
      @Param(value = "username", encoded = true) String username, FolderNameDto name);

  @RequestLine(value = "GET " + FOLDER, decodeSlash = false)
  FolderDto folder(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "folderId", encoded = true) String folderId);

  @RequestLine(value = "POST " + FOLDER, decodeSlash = false)
  FolderDto renameFolder(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "folderId", encoded = true) String folderId,
      FolderNameDto name);

  @RequestLine(value = "DELETE " + FOLDER, decodeSlash = false)
  void deleteFolder(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "folderId", encoded = true) String folderId);

  /** Query: sort, sort_order, page, per_page. */
  @RequestLine(value = "GET " + FOLDER + "/releases", decodeSlash = false)
  CollectionItemsPageDto items(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "folderId", encoded = true) String folderId,
      @QueryMap(encoded = true) Map<String, String> query);

  /** Query: page, per_page. */
  @RequestLine(value = "GET /users/{username}/collection/releases/{releaseId}", decodeSlash = false)
  CollectionItemsPageDto releaseInstances(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "releaseId", encoded = true) String releaseId,
      @QueryMap(encoded = true) Map<String, String> query);

  /**
   * Answers 201 with the new copy's instance id. Discogs documents no body; an empty JSON object is
   * sent so that every write of this section carries JSON.
   */
  @RequestLine(value = "POST " + FOLDER + "/releases/{releaseId}", decodeSlash = false)
  AddedInstanceDto addRelease(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "folderId", encoded = true) String folderId,
      @Param(value = "releaseId", encoded = true) String releaseId,
      Map<String, Object> emptyBody);

  /** Rates or moves a copy; answers 204. */
  @RequestLine(value = "POST " + INSTANCE, decodeSlash = false)
  void changeInstance(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "folderId", encoded = true) String folderId,
      @Param(value = "releaseId", encoded = true) String releaseId,
      @Param(value = "instanceId", encoded = true) String instanceId,
      InstanceChangeDto change);

  /** Answers 204. */
  @RequestLine(value = "DELETE " + INSTANCE, decodeSlash = false)
  void deleteInstance(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "folderId", encoded = true) String folderId,
      @Param(value = "releaseId", encoded = true) String releaseId,
      @Param(value = "instanceId", encoded = true) String instanceId);

  @RequestLine(value = "GET /users/{username}/collection/fields", decodeSlash = false)
  CustomFieldsDto fields(@Param(value = "username", encoded = true) String username);

  /** Sets a field's value for a copy; answers 204. The value travels in a JSON body. */
  @RequestLine(value = "POST " + INSTANCE + "/fields/{fieldId}", decodeSlash = false)
  void editFieldValue(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "folderId", encoded = true) String folderId,
      @Param(value = "releaseId", encoded = true) String releaseId,
      @Param(value = "instanceId", encoded = true) String instanceId,
      @Param(value = "fieldId", encoded = true) String fieldId,
      FieldValueBodyDto value);

  @RequestLine(value = "GET /users/{username}/collection/value", decodeSlash = false)
  CollectionValueDto value(@Param(value = "username", encoded = true) String username);
}
