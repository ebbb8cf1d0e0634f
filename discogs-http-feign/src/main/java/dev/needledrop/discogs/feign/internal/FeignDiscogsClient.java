package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.ImagesApi;
import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.feign.internal.codec.DiscogsBodyEncoder;
import dev.needledrop.discogs.feign.internal.codec.DiscogsErrorDecoder;
import dev.needledrop.discogs.feign.internal.codec.Json;
import dev.needledrop.discogs.feign.internal.codec.JsonResponseDecoder;
import dev.needledrop.discogs.feign.internal.http.CredentialsInterceptor;
import dev.needledrop.discogs.feign.internal.http.JdkHttpClient;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.feign.internal.http.StandardHeadersInterceptor;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
import dev.needledrop.discogs.feign.internal.resource.InventoryResource;
import dev.needledrop.discogs.feign.internal.resource.MarketplaceResource;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * A Discogs client over Feign: one HTTP client, one rate-limit tracker and the section facades
 * sharing them. Thread-safe.
 */
public final class FeignDiscogsClient implements Discogs {

  private final JdkHttpClient http;
  private final RateLimitTracker rateLimits;
  private final DatabaseApi database;
  private final MarketplaceApi marketplace;
  private final InventoryApi inventory;
  private final ImagesApi images;

  private FeignDiscogsClient(
      JdkHttpClient http,
      RateLimitTracker rateLimits,
      DatabaseApi database,
      MarketplaceApi marketplace,
      InventoryApi inventory,
      ImagesApi images) {
    this.http = http;
    this.rateLimits = rateLimits;
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
    Objects.requireNonNull(config, "config");
    CredentialsInterceptor credentials =
        new CredentialsInterceptor(config.credentials(), config.credentialPlacement());
    Clock clock = Clock.systemUTC();
    RateLimitTracker rateLimits = new RateLimitTracker(clock);
    JdkHttpClient http = JdkHttpClient.create(config.connectTimeout(), rateLimits);
    Json json = Json.shared();
    DiscogsErrorDecoder errors = new DiscogsErrorDecoder(json, rateLimits, clock);
    Request.Options options =
        new Request.Options(config.connectTimeout(), config.readTimeout(), false);
    Feign.Builder feign =
        Feign.builder()
            .client(http)
            .encoder(new DiscogsBodyEncoder(json))
            .decoder(new JsonResponseDecoder(json))
            .errorDecoder(errors)
            // Retries come later, from the SDK itself, which knows what is safe to repeat.
            .retryer(Retryer.NEVER_RETRY)
            .options(options)
            .requestInterceptor(new StandardHeadersInterceptor(config))
            .requestInterceptor(credentials)
            // The client logs the exchange itself, with credentials hidden.
            .logLevel(Logger.Level.NONE);
    String baseUrl = config.baseUrl().toString();
    RawResponses raw = new RawResponses(errors);
    return new FeignDiscogsClient(
        http,
        rateLimits,
        new FeignDatabaseApi(feign.target(DatabaseResource.class, baseUrl), config.currency()),
        new FeignMarketplaceApi(feign.target(MarketplaceResource.class, baseUrl)),
        new FeignInventoryApi(feign.target(InventoryResource.class, baseUrl), raw),
        new FeignImagesApi(http, options, config.baseUrl(), config.userAgent(), credentials, raw));
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
    return rateLimits.latest();
  }

  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "FeignDiscogsClient";
  }
}
