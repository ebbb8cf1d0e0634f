package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;

/**
 * What every command that shows one page shares: reading {@code --page} and {@code --per-page} in
 * the command line's words, and the line under the page, such as {@code page 1 of 3 (123 results)},
 * or the one for a page past the last.
 */
final class Paging {

  private Paging() {}

  /**
   * Returns the page the options ask for.
   *
   * @throws IllegalArgumentException naming the option when a number is out of range
   */
  static PageRequest request(int page, int perPage) {
    if (perPage < 1 || perPage > PageRequest.MAX_PER_PAGE) {
      throw new IllegalArgumentException(
          "--per-page must be from 1 to " + PageRequest.MAX_PER_PAGE + ", but was " + perPage);
    }
    if (page < 1) {
      throw new IllegalArgumentException("--page must be 1 or more, but was " + page);
    }
    return PageRequest.of(page, perPage);
  }

  /** Tells whether the page is past the last one: empty, though there are items. */
  static boolean isPastTheEnd(Page<?> page) {
    return page.items().isEmpty() && page.pagination().items() > 0;
  }

  /** Returns the line under a page, such as {@code page 1 of 3 (123 results)}. */
  static String line(Pagination pagination, String singular, String plural) {
    return "page "
        + pagination.page()
        + " of "
        + Math.max(pagination.pages(), 1)
        + " ("
        + Text.count(pagination.items(), singular, plural)
        + ")";
  }

  /**
   * Returns the line for a page past the last, such as {@code page 4 is past the end: the search
   * has 3 pages (123 results)}.
   *
   * @param whole what was paged, such as {@code the search}
   */
  static String pastTheEnd(Pagination pagination, String whole, String singular, String plural) {
    return "page "
        + pagination.page()
        + " is past the end: "
        + whole
        + " has "
        + Text.count(Math.max(pagination.pages(), 1), "page", "pages")
        + " ("
        + Text.count(pagination.items(), singular, plural)
        + ")";
  }
}
