package dev.needledrop.discogs.testkit.internal.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.CollectionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.testkit.internal.catalogue.UserDataWriter;
import dev.needledrop.discogs.testkit.internal.database.NotFound;
import dev.needledrop.discogs.testkit.internal.database.SortParameters;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.paging.Pager;
import dev.needledrop.discogs.testkit.internal.userdata.FolderCount;
import dev.needledrop.discogs.testkit.internal.userdata.Instance;
import dev.needledrop.discogs.testkit.internal.userdata.InstanceAddress;
import dev.needledrop.discogs.testkit.internal.userdata.ItemOrder;
import dev.needledrop.discogs.testkit.internal.userdata.UserLedger;
import dev.needledrop.discogs.testkit.internal.userdata.UserMessages;
import dev.needledrop.discogs.testkit.internal.userdata.Worth;
import dev.needledrop.discogs.testkit.internal.userdata.WorthFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the collection section (E46–E58) from the ledger, which applies Discogs' rules; only the
 * page asked for is rendered, so large collections cost no more per request than their list of
 * copies.
 */
final class CollectionEndpoints {

  private final UserDataStore store;
  private final UserLedger<ObjectNode> ledger;

  CollectionEndpoints(UserDataStore store) {
    this.store = store;
    this.ledger = store.ledger();
  }

  StubReply folders(StubRequest request) {
    String owner = request.variable("username");
    ArrayNode folders = StubJson.array();
    ledger.folders(request.caller(), owner).forEach(f -> folders.add(UserJson.folder(f, owner)));
    ObjectNode body = StubJson.object();
    body.set("folders", folders);
    return StubReply.ok(body);
  }

  StubReply createFolder(StubRequest request) {
    String owner = request.variable("username");
    FolderCount created = ledger.createFolder(owner, request.parameter("name").orElse(""));
    return created(UserJson.folder(created, owner));
  }

  StubReply folder(StubRequest request) {
    String owner = request.variable("username");
    FolderCount folder = ledger.folder(request.caller(), owner, request.id("folder_id"));
    return StubReply.ok(UserJson.folder(folder, owner));
  }

  StubReply renameFolder(StubRequest request) {
    String owner = request.variable("username");
    String name = request.parameter("name").orElse("");
    FolderCount renamed = ledger.renameFolder(owner, request.id("folder_id"), name);
    return StubReply.ok(UserJson.folder(renamed, owner));
  }

  StubReply deleteFolder(StubRequest request) {
    ledger.deleteFolder(request.variable("username"), request.id("folder_id"));
    return StubReply.noContent();
  }

  StubReply items(StubRequest request) {
    String owner = request.variable("username");
    Optional<Sort<CollectionSort>> sort = SortParameters.read(request, CollectionSort.class);
    List<Instance<ObjectNode>> copies =
        ledger.items(request.caller(), owner, request.id("folder_id"));
    List<Instance<ObjectNode>> sorted =
        sort.map(by -> ItemOrder.sort(copies, UserJson::keys, by.key(), by.order())).orElse(copies);
    return page(request, sorted);
  }

  StubReply releaseInstances(StubRequest request) {
    long release = request.id("release_id");
    if (release == 0) {
      throw UserMessages.notFound();
    }
    return page(
        request, ledger.releaseInstances(request.caller(), request.variable("username"), release));
  }

  StubReply addRelease(StubRequest request) {
    String owner = request.variable("username");
    long folder = request.id("folder_id");
    long release = request.id("release_id");
    ObjectNode about = describe(release);
    Instance<ObjectNode> copy = ledger.addInstance(owner, folder, release, about);
    ObjectNode body = StubJson.object();
    body.put("instance_id", copy.instanceId());
    body.put(
        "resource_url",
        UserJson.userUrl(owner)
            + "/collection/folders/"
            + folder
            + "/releases/"
            + release
            + "/instance/"
            + copy.instanceId());
    return created(body);
  }

  StubReply changeInstance(StubRequest request) {
    String owner = request.variable("username");
    InstanceAddress at = address(request);
    Optional<Integer> rating = Parameters.rating(request);
    Optional<Long> destination = Parameters.folder(request);
    rating.ifPresent(stars -> ledger.rateInstance(owner, at, stars));
    destination.ifPresent(folder -> ledger.moveInstance(owner, at, folder));
    return StubReply.noContent();
  }

  StubReply deleteInstance(StubRequest request) {
    ledger.deleteInstance(request.variable("username"), address(request));
    return StubReply.noContent();
  }

  StubReply fields(StubRequest request) {
    ArrayNode fields = StubJson.array();
    ledger
        .fields(request.caller(), request.variable("username"))
        .forEach(field -> fields.add(UserDataWriter.field(field)));
    ObjectNode body = StubJson.object();
    body.set("fields", fields);
    return StubReply.ok(body);
  }

  StubReply editFieldValue(StubRequest request) {
    String value = request.text("value").orElse("");
    ledger.setFieldValue(
        request.variable("username"), address(request), request.id("field_id"), value);
    return StubReply.noContent();
  }

  StubReply value(StubRequest request) {
    String owner = request.variable("username");
    Worth worth = ledger.worth(owner);
    Currency currency = store.currency(owner);
    ObjectNode body = StubJson.object();
    body.put("maximum", WorthFormat.format(worth.maximum(), currency));
    body.put("median", WorthFormat.format(worth.median(), currency));
    body.put("minimum", WorthFormat.format(worth.minimum(), currency));
    return StubReply.ok(body);
  }

  private ObjectNode describe(long release) {
    return store
        .release(release)
        .map(UserDataWriter::basicInformation)
        .orElseThrow(() -> ApiError.notFound(NotFound.RELEASE));
  }

  private static StubReply page(StubRequest request, List<Instance<ObjectNode>> copies) {
    return Pager.page(
        request,
        copies,
        (body, page) -> {
          ArrayNode releases = body.putArray("releases");
          page.forEach(copy -> releases.add(UserJson.item(copy)));
        });
  }

  private static InstanceAddress address(StubRequest request) {
    return new InstanceAddress(
        request.id("folder_id"), request.id("release_id"), request.id("instance_id"));
  }

  private static StubReply created(ObjectNode body) {
    return new StubReply(201, Optional.of(body), Map.of());
  }
}
