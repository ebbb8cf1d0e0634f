package dev.needledrop.discogs.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.lists.ListItem;
import dev.needledrop.discogs.model.lists.ListItemType;
import dev.needledrop.discogs.model.lists.ListSummary;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import dev.needledrop.discogs.testkit.data.TestLists;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The behaviour of the lists port ({@link ListsApi}), run against the in-memory fake and against
 * the HTTP adapter over the stub server. Hooks and set-up as in {@link CollectionApiContract}:
 * before each test both users are put back to new accounts.
 */
public abstract class ListsApiContract extends UserSectionContract {

  private static final AtomicLong IDS = new AtomicLong(940_000_000L);

  /** Returns the lists section under test, called as {@link #USER} with the user's token. */
  protected abstract ListsApi lists();

  /** Returns the lists section under test over the same data, called as {@link #OTHER_USER}. */
  protected abstract ListsApi otherUsersLists();

  /** Returns the lists section under test over the same data, called without credentials. */
  protected abstract ListsApi anonymousLists();

  private static long freshId() {
    return IDS.addAndGet(100);
  }

  private UserList seedList(boolean isPublic) {
    long id = freshId();
    UserList list =
        TestLists.list(id)
            .isPublic(isPublic)
            .owner(new UserRef(USER, OptionalLong.of(USER_ID), ""))
            .items(
                TestLists.release(id + 1, "Artist - Title"),
                new ListItem(
                    id + 2,
                    ListItemType.ARTIST,
                    "Silent Phase",
                    "This is an artist",
                    "https://www.discogs.com/artist/" + (id + 2),
                    "",
                    new ItemStats(
                        Optional.of(new ItemStats.Counts(5, 6)),
                        Optional.of(new ItemStats.Counts(1, 0)))))
            .build();
    seeder().putList(USER, list);
    return list;
  }

  @Nested
  class Lists {

    @Test
    void showsTheOwnerPublicAndPrivateListsInOrder() {
      UserList open = seedList(true);
      UserList hidden = seedList(false);

      assertThat(lists().lists(USER, PageRequest.first()).items())
          .containsExactly(open.summary(), hidden.summary());
    }

    @Test
    void showsOthersOnlyThePublicLists() {
      UserList open = seedList(true);
      seedList(false);

      assertThat(otherUsersLists().lists(USER, PageRequest.first()).items())
          .containsExactly(open.summary());
      assertThat(anonymousLists().allLists(USER)).containsExactly(open.summary());
    }

    @Test
    void pagesThroughTheLists() {
      seedList(true);
      UserList second = seedList(true);

      Page<ListSummary> page = lists().lists(USER, PageRequest.of(2, 1));

      assertThat(page.pagination()).isEqualTo(new Pagination(2, 2, 1, 2));
      assertThat(page.items()).containsExactly(second.summary());
    }

    @Test
    void failsWithNotFoundForAnUnknownUser() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> lists().lists(Username.of("nobody_" + freshId()), PageRequest.first()));
    }
  }

  @Nested
  class ListLookup {

    @Test
    void returnsTheSeededListWithEveryPart() {
      UserList list = seedList(false);

      assertThat(lists().list(list.id())).isEqualTo(list);
    }

    @Test
    void namesTheOwnerOfAListSeededWithoutOne() {
      UserList list = TestLists.list(freshId()).build();
      seeder().putList(USER, list);

      assertThat(lists().list(list.id()).owner())
          .hasValueSatisfying(owner -> assertThat(owner.username()).isEqualTo(USER));
    }

    @Test
    void keepsTheCallersOwnStatsFromAnonymousCallers() {
      UserList list = seedList(true);

      UserList seen = anonymousLists().list(list.id());

      assertThat(seen.items().get(1).stats().user()).isEmpty();
      assertThat(seen.items().get(1).stats().community()).contains(new ItemStats.Counts(5, 6));
    }

    @Test
    void refusesOthersAPrivateList() {
      UserList list = seedList(false);

      assertThatExceptionOfType(ForbiddenException.class)
          .isThrownBy(() -> otherUsersLists().list(list.id()));
    }

    @Test
    void failsWithNotFoundForAnUnknownList() {
      assertThatExceptionOfType(NotFoundException.class)
          .isThrownBy(() -> lists().list(ListId.of(freshId())));
    }
  }
}
