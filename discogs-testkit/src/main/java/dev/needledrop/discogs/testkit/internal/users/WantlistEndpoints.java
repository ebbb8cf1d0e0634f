package dev.needledrop.discogs.testkit.internal.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.catalogue.UserDataWriter;
import dev.needledrop.discogs.testkit.internal.database.NotFound;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.paging.Pager;
import dev.needledrop.discogs.testkit.internal.userdata.UserLedger;
import dev.needledrop.discogs.testkit.internal.userdata.WantEntry;
import java.util.Map;
import java.util.Optional;

/**
 * Answers the wantlist section (E59–E62). {@code PUT} adds a release (201) or, for a release
 * already wanted, updates its entry (200), as some clients use it to edit; {@code POST} edits an
 * entry; both take {@code notes} and {@code rating} from the body or the query.
 */
final class WantlistEndpoints {

  private final UserDataStore store;
  private final UserLedger<ObjectNode> ledger;

  WantlistEndpoints(UserDataStore store) {
    this.store = store;
    this.ledger = store.ledger();
  }

  StubReply wants(StubRequest request) {
    String owner = request.variable("username");
    return Pager.page(
        request,
        ledger.wants(request.caller(), owner),
        (body, page) -> {
          ArrayNode wants = body.putArray("wants");
          page.forEach(want -> wants.add(UserJson.want(want, owner)));
        });
  }

  StubReply addWant(StubRequest request) {
    String owner = request.variable("username");
    long release = request.id("release_id");
    ObjectNode about =
        store
            .release(release)
            .map(UserDataWriter::basicInformation)
            .or(() -> heldDescription(request.caller(), owner, release))
            .orElseThrow(() -> ApiError.notFound(NotFound.RELEASE));
    UserLedger.Written<ObjectNode> written =
        ledger.addWant(owner, release, about, request.text("notes"), Parameters.rating(request));
    ObjectNode body = UserJson.want(written.want(), owner);
    return written.created() ? new StubReply(201, Optional.of(body), Map.of()) : StubReply.ok(body);
  }

  StubReply editWant(StubRequest request) {
    String owner = request.variable("username");
    WantEntry<ObjectNode> edited =
        ledger.editWant(
            owner, request.id("release_id"), request.text("notes"), Parameters.rating(request));
    return StubReply.ok(UserJson.want(edited, owner));
  }

  StubReply removeWant(StubRequest request) {
    ledger.removeWant(request.variable("username"), request.id("release_id"));
    return StubReply.noContent();
  }

  // A release already wanted can be updated even when the catalogue does not hold it.
  private Optional<ObjectNode> heldDescription(Caller caller, String owner, long release) {
    return ledger.wants(caller, owner).stream()
        .filter(want -> want.releaseId() == release)
        .map(WantEntry::release)
        .findFirst();
  }
}
