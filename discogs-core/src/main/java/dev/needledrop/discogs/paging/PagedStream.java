package dev.needledrop.discogs.paging;

import dev.needledrop.discogs.error.DiscogsException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy stream over every item of a paginated call.
 *
 * <p>Each page is fetched only when the stream reaches it, and only one page is held at a time. The
 * walk follows the server's page count rather than counting items, so a short page in the middle
 * does not end it. When fetching a page fails, the exception says which page to resume from (see
 * {@link DiscogsException#resumePage()}).
 */
public final class PagedStream {

  private PagedStream() {}

  /** Returns a lazy stream over all items, fetching pages of the given size from page 1. */
  public static <T> Stream<T> of(PageFetcher<T> fetcher, int perPage) {
    return of(fetcher, PageRequest.of(1, perPage));
  }

  /** Returns a lazy stream over all items, starting at the given page. */
  public static <T> Stream<T> of(PageFetcher<T> fetcher, PageRequest start) {
    Iterator<T> items = new PageWalker<>(fetcher, start);
    Spliterator<T> spliterator =
        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(spliterator, false);
  }

  private static final class PageWalker<T> implements Iterator<T> {

    private final PageFetcher<T> fetcher;
    private PageRequest nextRequest;
    private Iterator<T> current = Collections.emptyIterator();

    PageWalker(PageFetcher<T> fetcher, PageRequest start) {
      this.fetcher = fetcher;
      this.nextRequest = start;
    }

    @Override
    public boolean hasNext() {
      while (!current.hasNext() && nextRequest != null) {
        Page<T> page = fetch(nextRequest);
        current = page.items().iterator();
        // Count pages ourselves: a server that echoes a wrong page number cannot loop the walk.
        boolean more = nextRequest.page() < page.pagination().pages();
        nextRequest = more ? nextRequest.next() : null;
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException("no more items in this paginated result");
      }
      return current.next();
    }

    private Page<T> fetch(PageRequest request) {
      try {
        return fetcher.fetch(request);
      } catch (DiscogsException failure) {
        failure.markResumePage(request.page());
        throw failure;
      }
    }
  }
}
