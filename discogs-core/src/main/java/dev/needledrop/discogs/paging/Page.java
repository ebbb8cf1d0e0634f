package dev.needledrop.discogs.paging;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a paginated call: its items and where it stands.
 *
 * <p>A page may hold fewer items than its page size even when it is not the last one; only {@link
 * #pagination()} tells whether more follow.
 */
public record Page<T>(List<T> items, Pagination pagination) {

  /** Creates a page, copying the items. */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(pagination, "pagination");
  }

  /** Returns a page holding all the given items. */
  public static <T> Page<T> of(List<T> items) {
    return new Page<>(items, Pagination.single(items.size()));
  }

  /** Tells whether a page follows this one. */
  public boolean hasNext() {
    return pagination.hasNext();
  }

  /** Returns the request for the page after this one, when there is one. */
  public Optional<PageRequest> nextRequest() {
    if (!hasNext()) {
      return Optional.empty();
    }
    int perPage = Math.min(Math.max(pagination.perPage(), 1), PageRequest.MAX_PER_PAGE);
    return Optional.of(PageRequest.of(pagination.page() + 1, perPage));
  }
}
