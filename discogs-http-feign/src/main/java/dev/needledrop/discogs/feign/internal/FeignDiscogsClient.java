package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.ImagesApi;
import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.feign.internal.codec.JsonResponseDecoder;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
import dev.needledrop.discogs.feign.internal.resource.InventoryResource;
import dev.needledrop.discogs.feign.internal.resource.MarketplaceResource;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import feign.codec.Decoder;
import java.util.Optional;

/**
 * A Discogs client over Feign: one HTTP client, one rate-limit tracker and the section facades
 * sharing them. Thread-safe.
 */
public final class FeignDiscogsClient implements Discogs {

  private final FeignStack stack;
  private final DatabaseApi database;
  private final MarketplaceApi marketplace;
  private final InventoryApi inventory;
  private final ImagesApi images;

  private FeignDiscogsClient(
      FeignStack stack,
      DatabaseApi database,
      MarketplaceApi marketplace,
      InventoryApi inventory,
      ImagesApi images) {
    this.stack = stack;
    this.database = database;
    this.marketplace = marketplace;
    this.inventory = inventory;
    this.images = images;
  }

  /**
   * Builds a client for the configuration.
   *
   * @throws IllegalStateException for OAuth credentials, which need the discogs-oauth module
   */
  public static FeignDiscogsClient create(DiscogsConfig config) {
    FeignStack stack = FeignStack.create(config);
    Decoder json = new JsonResponseDecoder(stack.json());
    RawResponses raw = new RawResponses(stack.errorDecoder());
    return new FeignDiscogsClient(
        stack,
        new FeignDatabaseApi(stack.target(DatabaseResource.class, json), config.currency()),
        new FeignMarketplaceApi(stack.target(MarketplaceResource.class, json)),
        new FeignInventoryApi(stack.target(InventoryResource.class, json), raw),
        new FeignImagesApi(
            stack.client(),
            stack.options(),
            config.baseUrl(),
            config.userAgent(),
            stack.credentials(),
            raw));
  }

  @Override
  public DatabaseApi database() {
    return database;
  }

  @Override
  public MarketplaceApi marketplace() {
    return marketplace;
  }

  @Override
  public InventoryApi inventory() {
    return inventory;
  }

  @Override
  public ImagesApi images() {
    return images;
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
