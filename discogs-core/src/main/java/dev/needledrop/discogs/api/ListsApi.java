package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.lists.ListSummary;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.PagedStream;
import java.util.stream.Stream;

/**
 * Lists users make of releases, masters, artists and labels. Private lists show only to their
 * owner.
 *
 * <p>Implementations are thread-safe. Every call throws a {@link
 * dev.needledrop.discogs.error.DiscogsException}: {@link
 * dev.needledrop.discogs.error.NotFoundException} for an unknown user or list, {@link
 * dev.needledrop.discogs.error.ForbiddenException} for another user's private list.
 */
public interface ListsApi {

  /** Items per page that the lazy streams ask for: the most Discogs serves, to save requests. */
  int STREAM_PAGE_SIZE = PageRequest.MAX_PER_PAGE;

  /** Returns a page of a user's lists; the private ones only when the user asks. */
  Page<ListSummary> lists(Username user, PageRequest page);

  /** Streams every list of a user the caller may see. */
  default Stream<ListSummary> allLists(Username user) {
    return PagedStream.of(page -> lists(user, page), STREAM_PAGE_SIZE);
  }

  /** Returns a list with its entries. */
  UserList list(ListId id);
}
