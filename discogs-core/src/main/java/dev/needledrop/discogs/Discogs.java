package dev.needledrop.discogs;

import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.ImagesApi;
import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.util.Optional;

/**
 * A Discogs client: one object reaching every section of the API.
 *
 * <p>Get one from an adapter (such as {@code FeignDiscogs.create(config)}) or, in tests, from the
 * testkit's in-memory fakes. Implementations are thread-safe; close the client to release its
 * connections.
 */
public interface Discogs extends AutoCloseable {

  /** Returns the database section: releases, masters, artists, labels and search. */
  DatabaseApi database();

  /** Returns the marketplace section: inventories, listings, orders, fees and price statistics. */
  MarketplaceApi marketplace();

  /** Returns the inventory section: CSV exports and uploads of the caller's listings. */
  InventoryApi inventory();

  /** Returns the image fetcher for the image URLs found in responses. */
  ImagesApi images();

  /** Returns the users section: identity, profiles, submissions and contributions. */
  UsersApi users();

  /** Returns users' collections: folders, copies, custom fields and value. */
  CollectionApi collection();

  /** Returns users' wantlists. */
  WantlistApi wantlist();

  /** Returns users' lists. */
  ListsApi lists();

  /**
   * Returns the rate-limit state of the most recent response, or empty before the first response or
   * when the server sent no rate-limit headers.
   */
  Optional<RateLimitSnapshot> lastRateLimit();

  /** Releases the client's connections and threads; the client cannot be used afterwards. */
  @Override
  void close();
}
