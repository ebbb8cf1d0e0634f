package dev.needledrop.discogs.testkit.internal.paging;

import java.util.List;

/**
 * Which items one page of a listing holds, computed the same way by the stub and the in-memory
 * fakes: pages count from 1, {@code per_page} defaults to 50 and is clamped to 1..100, and a page
 * past the end is empty.
 *
 * @param page the page asked for, at least 1
 * @param perPage the page size, from 1 to 100
 * @param items the number of items over all pages
 */
public record PageSlice(int page, int perPage, int items) {

  /** Items per page when the caller does not say. */
  public static final int DEFAULT_PER_PAGE = 50;

  /** The most items per page served. */
  public static final int MAX_PER_PAGE = 100;

  /** Creates a slice, clamping the page to at least 1 and the size to 1..100. */
  public PageSlice {
    page = Math.max(page, 1);
    perPage = Math.min(Math.max(perPage, 1), MAX_PER_PAGE);
    items = Math.max(items, 0);
  }

  /** Returns the number of pages: 0 for an empty listing. */
  public int pages() {
    return (int) ((items + (long) perPage - 1) / perPage);
  }

  /** Returns the items of this page out of the whole listing. */
  public <T> List<T> cut(List<T> all) {
    long from = Math.min((long) (page - 1) * perPage, all.size());
    long to = Math.min(from + perPage, all.size());
    return List.copyOf(all.subList((int) from, (int) to));
  }

  /** Tells whether a page comes before this one. */
  public boolean hasPrevious() {
    return page > 1;
  }

  /** Returns the previous page, pulled back to the last page when this one is past the end. */
  public int previousPage() {
    return Math.min(page - 1, Math.max(pages(), 1));
  }

  /** Tells whether a page follows this one. */
  public boolean hasNext() {
    return page < pages();
  }
}
