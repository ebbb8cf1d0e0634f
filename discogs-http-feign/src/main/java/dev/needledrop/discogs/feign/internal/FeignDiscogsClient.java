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
import feign.codec.Decoder;
import java.util.Objects;
import java.util.Optional;

/**
 * A Discogs client over Feign: one HTTP client, one rate-limit tracker and the section facades
 * sharing them. Thread-safe.
 */
public final class FeignDiscogsClient implements Discogs {

  private final FeignStack stack;
  private final DatabaseApi database;
  private final UserSections userSections;
  private final MarketSections marketSections;

  private FeignDiscogsClient(
      FeignStack stack,
      DatabaseApi database,
      UserSections userSections,
      MarketSections marketSections) {
    this.stack = stack;
    this.database = database;
    this.userSections = userSections;
    this.marketSections = marketSections;
  }

  /** The sections about users, over one stack. */
  private record UserSections(
      UsersApi users, CollectionApi collection, WantlistApi wantlist, ListsApi lists) {

    static UserSections create(FeignStack stack, DiscogsConfig config) {
      Decoder decoder = stack.jsonDecoder();
      AccessLevel access = stack.accessLevel();
      UsersApi users =
          new FeignUsersApi(stack.target(UsersResource.class, decoder), config.currency(), access);
      return new UserSections(
          users,
          new FeignCollectionApi(stack.target(CollectionResource.class, decoder), users, access),
          new FeignWantlistApi(stack.target(WantlistResource.class, decoder), access),
          new FeignListsApi(stack.target(ListsResource.class, decoder), access));
    }
  }

  /** The marketplace, the inventory jobs and the image fetcher, over one stack. */
  private record MarketSections(
      MarketplaceApi marketplace, InventoryApi inventory, ImagesApi images) {

    static MarketSections create(FeignStack stack, DiscogsConfig config) {
      Decoder decoder = stack.jsonDecoder();
      RawResponses raw = new RawResponses(stack.errorDecoder());
      AccessLevel access = stack.accessLevel();
      return new MarketSections(
          new FeignMarketplaceApi(stack.target(MarketplaceResource.class, decoder), access),
          new FeignInventoryApi(stack.target(InventoryResource.class, decoder), raw, access),
          new FeignImagesApi(stack.client(), stack.options(), config.userAgent(), access, raw));
    }
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
    FeignStack stack = FeignStack.create(config, options);
    DatabaseResource resource = stack.target(DatabaseResource.class, stack.jsonDecoder());
    return new FeignDiscogsClient(
        stack,
        new FeignDatabaseApi(resource, config.currency(), stack.accessLevel()),
        UserSections.create(stack, config),
        MarketSections.create(stack, config));
  }

  @Override
  public DatabaseApi database() {
    return database;
  }

  @Override
  public MarketplaceApi marketplace() {
    return marketSections.marketplace();
  }

  @Override
  public InventoryApi inventory() {
    return marketSections.inventory();
  }

  @Override
  public ImagesApi images() {
    return marketSections.images();
  }

  @Override
  public UsersApi users() {
    return userSections.users();
  }

  @Override
  public CollectionApi collection() {
    return userSections.collection();
  }

  @Override
  public WantlistApi wantlist() {
    return userSections.wantlist();
  }

  @Override
  public ListsApi lists() {
    return userSections.lists();
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
}
