package dev.needledrop.discogs.testkit.internal.users;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FormattedMoney;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.FieldType;
import dev.needledrop.discogs.testkit.internal.catalogue.StandardCatalogue;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.userdata.Instance;
import dev.needledrop.discogs.testkit.internal.userdata.UserLedger;
import dev.needledrop.discogs.testkit.internal.userdata.WantEntry;
import dev.needledrop.discogs.testkit.internal.userdata.Worth;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The recorded responses that seed the data of {@code example_user}, and the loader that puts them
 * in, consistently: every copy sits in a folder the user has (copies recorded without a folder go
 * to folder 1), each instance id once, so that folder counts follow the copies.
 *
 * <p>Left out: {@code collection-folder-0-releases-legacy.json}, whose copies all carry instance id
 * 1; {@code want/docs-want-legacy-example.json}, an older recording of the same want as {@code
 * want/docs-want-put-example.json}; the profiles other than the owner's view (the public and legacy
 * views and the answer to an edit), which describe the same user; the identity fixtures (the stub
 * answers identity from the caller); the folder fixtures, whose folders 0 and 1 every collection
 * has and whose counts come from the copies.
 */
public final class StandardUserData {

  /** The user the recorded data belongs to. */
  public static final String USER = "example_user";

  static final String PROFILE = "profile/profile-authenticated-owner-with-email.json";
  static final String CREATED_FOLDER = "collection-folder/collection-folder-created-legacy.json";

  /** The folder of the documentation's copies of release 7781525, which names no such folder. */
  static final long SESSIONS_FOLDER = 688739;

  static final List<String> COLLECTION_PAGES =
      List.of(
          "collection-items/collection-folder-0-releases-31-items.json",
          "collection-items/collection-folder-0-releases-sort-added-page1-of-3.json",
          "collection-items/collection-folder-0-releases-sort-added-page2-of-3.json",
          "collection-items/collection-folder-0-releases-sort-artist-desc-per_page2.json",
          "collection-items-by-release/collection-releases-12934893.json",
          "collection-items-by-release/docs-collection-releases-example.json");

  static final String FIELDS = "custom-fields/docs-custom-fields-example.json";
  static final String VALUE = "collection-value/docs-collection-value-example.json";

  static final List<String> WANT_PAGES =
      List.of(
          "wantlist/docs-wants-example.json",
          "wantlist/wants-sort-label-per_page2.json",
          "wantlist/wants-per_page5-legacy.json");

  static final String SINGLE_WANT = "want/docs-want-put-example.json";
  static final String LISTS_PAGE = "user-lists/docs-user-lists-example.json";
  static final String LIST = "list/docs-list-2-example.json";
  static final String SUBMISSIONS = "user-submissions/user-submissions-page1.json";
  static final String CONTRIBUTIONS = "user-contributions/user-contributions-page1.json";

  private StandardUserData() {}

  /** Puts every recorded user-section response into the store, for {@link #USER}. */
  public static void load(UserDataStore store) {
    store.putProfile(read(PROFILE));
    loadCollection(store.ledger());
    loadWants(store.ledger());
    StubJson.objects(read(LISTS_PAGE), "lists").forEach(list -> store.putList(USER, live(list)));
    store.putList(USER, live(StubJson.requireObject(read(LIST))));
    loadSubmissions(store, read(SUBMISSIONS).path("submissions"));
    StubJson.objects(read(CONTRIBUTIONS), "contributions")
        .forEach(release -> store.addContribution(USER, release));
  }

  /** Returns every file this loader reads, relative to the fixtures' root. */
  public static List<String> files() {
    return Stream.of(
            List.of(PROFILE, CREATED_FOLDER),
            COLLECTION_PAGES,
            List.of(FIELDS, VALUE),
            WANT_PAGES,
            List.of(SINGLE_WANT, LISTS_PAGE, LIST, SUBMISSIONS, CONTRIBUTIONS))
        .flatMap(List::stream)
        .toList();
  }

  private static void loadCollection(UserLedger<ObjectNode> ledger) {
    JsonNode created = read(CREATED_FOLDER);
    ledger.putFolder(USER, StubJson.id(created, "id"), StubJson.text(created, "name"));
    ledger.putFolder(USER, SESSIONS_FOLDER, "Sessions");
    for (String file : COLLECTION_PAGES) {
      StubJson.objects(read(file), "releases")
          .forEach(item -> ledger.putInstance(USER, instance(item)));
    }
    StubJson.objects(read(FIELDS), "fields").forEach(field -> ledger.putField(USER, field(field)));
    ledger.putWorth(USER, worth(read(VALUE)));
  }

  private static void loadWants(UserLedger<ObjectNode> ledger) {
    Stream.concat(
            WANT_PAGES.stream().flatMap(file -> StubJson.objects(read(file), "wants").stream()),
            Stream.of(StubJson.requireObject(read(SINGLE_WANT))))
        .forEach(want -> ledger.putWant(USER, want(want)));
  }

  private static Instance<ObjectNode> instance(ObjectNode item) {
    Map<Long, String> notes = new LinkedHashMap<>();
    for (JsonNode note : item.path("notes")) {
      notes.put(StubJson.id(note, "field_id"), StubJson.text(note, "value"));
    }
    long folder = StubJson.id(item, "folder_id");
    return new Instance<>(
        StubJson.id(item, "instance_id"),
        StubJson.id(item, "id"),
        folder == 0 ? 1 : folder,
        item.path("rating").asInt(0),
        StubJson.text(item, "date_added"),
        StubJson.requireObject(item.path("basic_information")).deepCopy(),
        notes);
  }

  private static CustomField field(ObjectNode field) {
    return new CustomField(
        FieldId.of(StubJson.id(field, "id")),
        StubJson.text(field, "name"),
        field.path("position").asInt(0),
        field.path("public").asBoolean(false),
        FieldType.of(StubJson.text(field, "type")),
        StubJson.texts(field, "options"),
        field.has("lines") ? OptionalInt.of(field.path("lines").asInt()) : OptionalInt.empty());
  }

  private static Worth worth(JsonNode value) {
    return new Worth(amount(value, "minimum"), amount(value, "median"), amount(value, "maximum"));
  }

  private static BigDecimal amount(JsonNode value, String field) {
    return FormattedMoney.parse(StubJson.text(value, field))
        .money()
        .map(Money::amount)
        .orElseThrow(() -> new IllegalStateException("unreadable amount in " + VALUE));
  }

  private static WantEntry<ObjectNode> want(ObjectNode want) {
    Optional<Boolean> notesPublic =
        want.has("notes_public")
            ? Optional.of(want.path("notes_public").asBoolean())
            : Optional.empty();
    return new WantEntry<>(
        StubJson.id(want, "id"),
        want.path("rating").asInt(0),
        StubJson.text(want, "notes"),
        notesPublic,
        StubJson.text(want, "date_added"),
        StubJson.requireObject(want.path("basic_information")).deepCopy());
  }

  // The documentation names a list's keys differently from what Discogs sends; the stub sends
  // the live keys.
  private static ObjectNode live(ObjectNode list) {
    ObjectNode copy = list.deepCopy();
    rename(copy, "list_id", "id");
    rename(copy, "created_ts", "date_added");
    rename(copy, "modified_ts", "date_changed");
    rename(copy, "url", "uri");
    if (!copy.has("items")) {
      copy.putArray("items");
    }
    return copy;
  }

  private static void rename(ObjectNode node, String documented, String live) {
    JsonNode value = node.remove(documented);
    if (value != null && !node.has(live)) {
      node.set(live, value);
    }
  }

  private static void loadSubmissions(UserDataStore store, JsonNode submissions) {
    for (UserDataStore.SubmissionKind kind : UserDataStore.SubmissionKind.values()) {
      StubJson.objects(submissions, kind.key())
          .forEach(object -> store.addSubmission(USER, kind, object));
    }
  }

  private static JsonNode read(String file) {
    return StandardCatalogue.read(file);
  }
}
