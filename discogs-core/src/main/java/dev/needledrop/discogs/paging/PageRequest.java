package dev.needledrop.discogs.paging;

/**
 * Which page of a paginated call to fetch, and how many items a page holds.
 *
 * @param page the page number, from 1
 * @param perPage items per page, from 1 to 100 (the Discogs maximum)
 */
public record PageRequest(int page, int perPage) {

  /** Items per page when the caller does not say: the Discogs default. */
  public static final int DEFAULT_PER_PAGE = 50;

  /** The most items per page Discogs serves. */
  public static final int MAX_PER_PAGE = 100;

  /** Creates a request, refusing page numbers below 1 and page sizes outside 1–100. */
  public PageRequest {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, but was " + page);
    }
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new IllegalArgumentException(
          "perPage must be from 1 to " + MAX_PER_PAGE + ", but was " + perPage);
    }
  }

  /** Returns the first page with the Discogs default size. */
  public static PageRequest first() {
    return new PageRequest(1, DEFAULT_PER_PAGE);
  }

  /** Returns the given page with the given size. */
  public static PageRequest of(int page, int perPage) {
    return new PageRequest(page, perPage);
  }

  /** Returns the page after this one, with the same size. */
  public PageRequest next() {
    return new PageRequest(page + 1, perPage);
  }

  /** Returns the given page with the same size. */
  public PageRequest withPage(int number) {
    return new PageRequest(number, perPage);
  }
}
