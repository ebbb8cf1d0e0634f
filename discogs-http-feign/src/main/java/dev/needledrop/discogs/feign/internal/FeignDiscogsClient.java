package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.ImagesApi;
import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.feign.internal.resource.CollectionResource;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
import dev.needledrop.discogs.feign.internal.resource.InventoryResource;
import dev.needledrop.discogs.feign.internal.resource.ListsResource;
import dev.needledrop.discogs.feign.internal.resource.MarketplaceResource;
import dev.needledrop.discogs.feign.internal.resource.UsersResource;
import dev.needledrop.discogs.feign.internal.resource.WantlistResource;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import dev.needledrop.discogs.time.TimeSource;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A Discogs client over Feign: one HTTP client, one rate-limit tracker and the section facades
 * sharing them. Each section is built on its first use, so that a program calling one section pays
 * nothing at start-up for reading the Feign contracts of the others. Thread-safe.
 */
public final class FeignDiscogsClient implements Discogs {

  private final FeignStack stack;
  private final OnFirstUse<DatabaseApi> database;
  private final OnFirstUse<UsersApi> users;
  private final OnFirstUse<CollectionApi> collection;
  private final OnFirstUse<WantlistApi> wantlist;
  private final OnFirstUse<ListsApi> lists;
  private final OnFirstUse<MarketplaceApi> marketplace;
  private final OnFirstUse<InventoryApi> inventory;
  private final OnFirstUse<ImagesApi> images;

  private FeignDiscogsClient(FeignStack stack, DiscogsConfig config) {
    this.stack = stack;
    AccessLevel access = stack.accessLevel();
    this.database =
        new OnFirstUse<>(
            () -> new FeignDatabaseApi(json(DatabaseResource.class), config.currency(), access));
    this.users =
        new OnFirstUse<>(
            () -> new FeignUsersApi(json(UsersResource.class), config.currency(), access));
    this.collection =
        new OnFirstUse<>(
            () -> new FeignCollectionApi(json(CollectionResource.class), users.get(), access));
    this.wantlist =
        new OnFirstUse<>(() -> new FeignWantlistApi(json(WantlistResource.class), access));
    this.lists = new OnFirstUse<>(() -> new FeignListsApi(json(ListsResource.class), access));
    this.marketplace =
        new OnFirstUse<>(() -> new FeignMarketplaceApi(json(MarketplaceResource.class), access));
    this.inventory =
        new OnFirstUse<>(
            () ->
                new FeignInventoryApi(
                    json(InventoryResource.class), new RawResponses(stack.errorDecoder()), access));
    this.images =
        new OnFirstUse<>(
            () ->
                new FeignImagesApi(
                    stack.client(),
                    stack.options(),
                    config.userAgent(),
                    access,
                    new RawResponses(stack.errorDecoder())));
  }

  /**
   * Builds a client for the configuration.
   *
   * @throws IllegalStateException for OAuth credentials when the discogs-oauth module, which signs
   *     them, is not on the class path
   */
  public static FeignDiscogsClient create(DiscogsConfig config) {
    return create(config, StackOptions.standard());
  }

  /**
   * Builds a client for the configuration that waits and keeps deadlines with the given time
   * source, such as a virtual one in tests.
   *
   * @throws IllegalStateException for OAuth credentials when the discogs-oauth module, which signs
   *     them, is not on the class path
   */
  public static FeignDiscogsClient create(DiscogsConfig config, TimeSource time) {
    return create(config, StackOptions.standard().withTime(time));
  }

  /**
   * Builds a client for the configuration with the given options, such as a transport that records
   * what would go over the wire, or an OAuth signer with a fixed clock.
   *
   * @throws IllegalStateException for OAuth credentials when the options find no request signer
   */
  public static FeignDiscogsClient create(DiscogsConfig config, StackOptions options) {
    return new FeignDiscogsClient(FeignStack.create(config, options), config);
  }

  @Override
  public DatabaseApi database() {
    return database.get();
  }

  @Override
  public MarketplaceApi marketplace() {
    return marketplace.get();
  }

  @Override
  public InventoryApi inventory() {
    return inventory.get();
  }

  @Override
  public ImagesApi images() {
    return images.get();
  }

  @Override
  public UsersApi users() {
    return users.get();
  }

  @Override
  public CollectionApi collection() {
    return collection.get();
  }

  @Override
  public WantlistApi wantlist() {
    return wantlist.get();
  }

  @Override
  public ListsApi lists() {
    return lists.get();
  }

  /**
   * Returns a Feign client of the resource interface sharing this client's transport, pacing,
   * retries and codecs; for the adapter's own sections and its tests.
   */
  public <T> T resource(Class<T> type) {
    return stack.target(Objects.requireNonNull(type, "type"), stack.jsonDecoder());
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

  // A Feign target of the resource reading successful bodies as JSON.
  private <T> T json(Class<T> resource) {
    return stack.target(resource, stack.jsonDecoder());
  }

  /** A value built once, by the first caller that needs it; thread-safe. */
  private static final class OnFirstUse<T> implements Supplier<T> {

    private final Supplier<T> build;
    private volatile T value;

    OnFirstUse(Supplier<T> build) {
      this.build = build;
    }

    @Override
    public T get() {
      T built = value;
      if (built == null) {
        synchronized (this) {
          built = value;
          if (built == null) {
            built = build.get();
            value = built;
          }
        }
      }
      return built;
    }
  }
}
