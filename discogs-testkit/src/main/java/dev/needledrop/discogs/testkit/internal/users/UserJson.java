package dev.needledrop.discogs.testkit.internal.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.userdata.FolderCount;
import dev.needledrop.discogs.testkit.internal.userdata.Instance;
import dev.needledrop.discogs.testkit.internal.userdata.ItemKeys;
import dev.needledrop.discogs.testkit.internal.userdata.WantEntry;
import java.util.List;

/**
 * Writes what the ledger holds as the JSON Discogs sends: folders, collection items and wants, with
 * API URLs on {@code https://api.discogs.com} (the stub roots them at itself when it answers).
 */
final class UserJson {

  static final String API = "https://api.discogs.com";

  private static final List<String> SUMMARY_KEYS =
      List.of(
          "id",
          "name",
          "description",
          "public",
          "date_added",
          "date_changed",
          "uri",
          "resource_url");

  private UserJson() {}

  static String userUrl(String username) {
    return API + "/users/" + QueryString.encode(username);
  }

  static ObjectNode folder(FolderCount folder, String owner) {
    ObjectNode node = StubJson.object();
    node.put("id", folder.id());
    node.put("name", folder.name());
    node.put("count", folder.count());
    node.put("resource_url", userUrl(owner) + "/collection/folders/" + folder.id());
    return node;
  }

  static ObjectNode item(Instance<ObjectNode> copy) {
    ObjectNode node = StubJson.object();
    node.put("id", copy.releaseId());
    node.put("instance_id", copy.instanceId());
    node.put("folder_id", copy.folderId());
    node.put("rating", copy.rating());
    putIfNotEmpty(node, "date_added", copy.dateAdded());
    node.set("basic_information", copy.release().deepCopy());
    if (!copy.notes().isEmpty()) {
      ArrayNode notes = node.putArray("notes");
      copy.notes()
          .forEach(
              (field, value) -> {
                ObjectNode note = notes.addObject();
                note.put("field_id", field);
                note.put("value", value);
              });
    }
    return node;
  }

  static ObjectNode want(WantEntry<ObjectNode> want, String owner) {
    ObjectNode node = StubJson.object();
    node.put("id", want.releaseId());
    node.put("resource_url", userUrl(owner) + "/wants/" + want.releaseId());
    node.put("rating", want.rating());
    if (!want.notes().isEmpty()) {
      node.put("notes", want.notes());
    }
    want.notesPublic().ifPresent(flag -> node.put("notes_public", flag));
    putIfNotEmpty(node, "date_added", want.dateAdded());
    node.set("basic_information", want.release().deepCopy());
    return node;
  }

  static ObjectNode listSummary(JsonNode list) {
    ObjectNode node = StubJson.object();
    for (String key : SUMMARY_KEYS) {
      if (list.has(key)) {
        node.set(key, list.get(key).deepCopy());
      }
    }
    return node;
  }

  private static void putIfNotEmpty(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }

  /** Reads the sort keys of a collection item's release description. */
  static ItemKeys keys(Instance<ObjectNode> copy) {
    return keys(copy.release(), copy.rating(), copy.dateAdded());
  }

  /** Reads the sort keys of a contributed release. */
  static ItemKeys contributionKeys(JsonNode release) {
    double average = release.path("community").path("rating").path("average").asDouble(0);
    return keys(release, (int) Math.round(average * 100), StubJson.text(release, "date_added"));
  }

  private static ItemKeys keys(JsonNode release, int rating, String added) {
    JsonNode label = release.path("labels").path(0);
    return new ItemKeys(
        StubJson.text(release.path("artists").path(0), "name"),
        StubJson.text(release, "title"),
        StubJson.text(label, "name"),
        StubJson.text(label, "catno"),
        StubJson.text(release.path("formats").path(0), "name"),
        release.path("year").asInt(0),
        rating,
        added);
  }
}
