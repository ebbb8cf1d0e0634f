package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.feign.internal.codec.JsonResponseDecoder;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.util.Optional;

/**
 * A Discogs client over Feign: one HTTP client, one rate-limit tracker and the section facades
 * sharing them. Thread-safe.
 */
public final class FeignDiscogsClient implements Discogs {

  private final FeignStack stack;
  private final DatabaseApi database;

  private FeignDiscogsClient(FeignStack stack, DatabaseApi database) {
    this.stack = stack;
    this.database = database;
  }

  /**
   * Builds a client for the configuration.
   *
   * @throws IllegalStateException for OAuth credentials, which need the discogs-oauth module
   */
  public static FeignDiscogsClient create(DiscogsConfig config) {
    FeignStack stack = FeignStack.create(config);
    DatabaseResource resource =
        stack.target(DatabaseResource.class, new JsonResponseDecoder(stack.json()));
    return new FeignDiscogsClient(stack, new FeignDatabaseApi(resource, config.currency()));
  }

  @Override
  public DatabaseApi database() {
    return database;
  }

  @Override
  public Optional<RateLimitSnapshot> lastRateLimit() {
    return stack.rateLimits().latest();
  }

  @Override
  public void close() {
    stack.close();
  }

  @Override
  public String toString() {
    return "FeignDiscogsClient";
  }
}
