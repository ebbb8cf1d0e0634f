package dev.needledrop.discogs.paging;

/**
 * Where a page stands in a paginated result, as Discogs reports it.
 *
 * @param page this page's number, from 1
 * @param pages the number of pages; 0 or 1 for an empty result
 * @param perPage the page size the server used
 * @param items the number of items over all pages
 */
public record Pagination(int page, int pages, int perPage, int items) {

  /** Creates pagination numbers, reading negative numbers as zero. */
  public Pagination {
    page = Math.max(page, 1);
    pages = Math.max(pages, 0);
    perPage = Math.max(perPage, 0);
    items = Math.max(items, 0);
  }

  /** Returns the numbers of a result that fits on one page. */
  public static Pagination single(int items) {
    return new Pagination(1, items == 0 ? 0 : 1, Math.max(items, 1), items);
  }

  /** Tells whether a page follows this one. */
  public boolean hasNext() {
    return page < pages;
  }
}
