package dev.needledrop.discogs.testkit.internal.users;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.paging.Pager;

/** Answers a user's lists (E63) and one list (E64); private lists only for their owner. */
final class ListEndpoints {

  private final UserDataStore store;

  ListEndpoints(UserDataStore store) {
    this.store = store;
  }

  StubReply lists(StubRequest request) {
    return Pager.page(
        request,
        store.lists(request.caller(), request.variable("username")),
        (body, page) -> {
          ArrayNode lists = body.putArray("lists");
          page.forEach(list -> lists.add(UserJson.listSummary(list)));
        });
  }

  StubReply list(StubRequest request) {
    return StubReply.ok(store.list(request.caller(), request.id("list_id")));
  }
}
