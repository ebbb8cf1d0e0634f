package dev.needledrop.discogs.testkit.fake;

import static dev.needledrop.discogs.testkit.fake.FakeContext.userPath;

import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.api.access.ListsAccess;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.lists.ListItem;
import dev.needledrop.discogs.model.lists.ListSummary;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.util.Optional;

/**
 * An in-memory {@link ListsApi} that behaves like the stub server: private lists show to their
 * owner alone, and only a user gets the user part of the entries' stats. Thread-safe.
 */
public final class InMemoryLists implements ListsApi {

  private final FakeContext context;

  InMemoryLists(FakeContext context) {
    this.context = context;
  }

  @Override
  public Page<ListSummary> lists(Username user, PageRequest page) {
    ListsAccess.LISTS.check(context.caller().accessLevel());
    String owner = user.value();
    return context.call(
        "GET",
        userPath(owner) + "/lists",
        () ->
            FakeContext.page(
                context.data().lists(context.caller(), owner), page, UserList::summary));
  }

  @Override
  public UserList list(ListId id) {
    ListsAccess.LIST.check(context.caller().accessLevel());
    return context.call(
        "GET", "/lists/" + id, () -> seen(context.data().list(context.caller(), id.value())));
  }

  private UserList seen(UserList list) {
    if (context.caller().isUser()) {
      return list;
    }
    return new UserList(
        list.id(),
        list.name(),
        list.description(),
        list.isPublic(),
        list.dateAdded(),
        list.dateChanged(),
        list.uri(),
        list.owner(),
        list.imageUrl(),
        list.items().stream().map(InMemoryLists::withoutUserStats).toList());
  }

  private static ListItem withoutUserStats(ListItem item) {
    ItemStats stats = new ItemStats(item.stats().community(), Optional.empty());
    return new ListItem(
        item.id(),
        item.type(),
        item.displayTitle(),
        item.comment(),
        item.uri(),
        item.imageUrl(),
        stats);
  }
}
