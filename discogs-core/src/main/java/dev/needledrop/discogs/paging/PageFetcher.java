package dev.needledrop.discogs.paging;

/** Fetches one page of a paginated call; the unit a lazy stream walks with. */
@FunctionalInterface
public interface PageFetcher<T> {

  /** Fetches the requested page. */
  Page<T> fetch(PageRequest request);
}
