package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.SharedRateLimiters;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.feign.internal.codec.DiscogsErrorDecoder;
import dev.needledrop.discogs.feign.internal.codec.Json;
import dev.needledrop.discogs.feign.internal.codec.JsonBodyEncoder;
import dev.needledrop.discogs.feign.internal.codec.JsonResponseDecoder;
import dev.needledrop.discogs.feign.internal.http.CredentialsInterceptor;
import dev.needledrop.discogs.feign.internal.http.JdkHttpClient;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.feign.internal.http.StandardHeadersInterceptor;
import dev.needledrop.discogs.feign.internal.resilience.ResilienceSettings;
import dev.needledrop.discogs.feign.internal.resilience.ResilientClient;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.time.TimeSource;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Discogs client over Feign: one HTTP client, one rate-limit tracker, the rate limiter and retry
 * policy it paces and retries calls with, and the section facades sharing them. Thread-safe.
 */
public final class FeignDiscogsClient implements Discogs {

  private final JdkHttpClient http;
  private final RateLimitTracker rateLimits;
  private final Optional<SharedRateLimiters.Lease> sharedLimiter;
  private final Feign.Builder feign;
  private final String baseUrl;
  private final DatabaseApi database;

  private FeignDiscogsClient(
      JdkHttpClient http,
      RateLimitTracker rateLimits,
      Optional<SharedRateLimiters.Lease> sharedLimiter,
      Feign.Builder feign,
      String baseUrl,
      DatabaseApi database) {
    this.http = http;
    this.rateLimits = rateLimits;
    this.sharedLimiter = sharedLimiter;
    this.feign = feign;
    this.baseUrl = baseUrl;
    this.database = database;
  }

  /**
   * Builds a client for the configuration.
   *
   * @throws IllegalStateException for OAuth credentials, which need the discogs-oauth module
   */
  public static FeignDiscogsClient create(DiscogsConfig config) {
    return create(config, TimeSource.system());
  }

  /**
   * Builds a client for the configuration that waits and keeps deadlines with the given time
   * source, such as a virtual one in tests.
   *
   * @throws IllegalStateException for OAuth credentials, which need the discogs-oauth module
   */
  public static FeignDiscogsClient create(DiscogsConfig config, TimeSource time) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(time, "time");
    CredentialsInterceptor credentials =
        new CredentialsInterceptor(config.credentials(), config.credentialPlacement());
    Clock clock = Clock.systemUTC();
    RateLimitTracker rateLimits = new RateLimitTracker(clock);
    Optional<SharedRateLimiters.Lease> sharedLimiter =
        config.rateLimiter().isPresent()
            ? Optional.empty()
            : Optional.of(SharedRateLimiters.lease(config));
    RateLimiter limiter =
        config.rateLimiter().orElseGet(() -> sharedLimiter.orElseThrow().limiter());
    JdkHttpClient http = JdkHttpClient.create(config.connectTimeout());
    Json json = Json.shared();
    DiscogsErrorDecoder errors = new DiscogsErrorDecoder(json, rateLimits, clock);
    ResilienceSettings resilience =
        new ResilienceSettings(
            limiter,
            config.retryPolicy(),
            config.callListener(),
            rateLimits,
            errors,
            time,
            config.readTimeout(),
            config.callTimeout(),
            List.of());
    Feign.Builder feign =
        Feign.builder()
            .client(new ResilientClient(http, resilience))
            .encoder(new JsonBodyEncoder(json))
            .decoder(new JsonResponseDecoder(json))
            .errorDecoder(errors)
            // The ResilientClient retries, knowing what is safe to repeat; Feign must not.
            .retryer(Retryer.NEVER_RETRY)
            .options(new Request.Options(config.connectTimeout(), config.readTimeout(), false))
            .requestInterceptor(new StandardHeadersInterceptor(config))
            .requestInterceptor(credentials)
            // The client logs the exchange itself, with credentials hidden.
            .logLevel(Logger.Level.NONE);
    DatabaseResource resource = feign.target(DatabaseResource.class, config.baseUrl().toString());
    return new FeignDiscogsClient(
        http,
        rateLimits,
        sharedLimiter,
        feign,
        config.baseUrl().toString(),
        new FeignDatabaseApi(resource, config.currency()));
  }

  /**
   * Returns a Feign client of the resource interface sharing this client's transport, pacing,
   * retries and codecs; for the adapter's own sections and its tests.
   */
  public <T> T resource(Class<T> type) {
    return feign.target(Objects.requireNonNull(type, "type"), baseUrl);
  }

  @Override
  public DatabaseApi database() {
    return database;
  }

  @Override
  public Optional<RateLimitSnapshot> lastRateLimit() {
    return rateLimits.latest();
  }

  @Override
  public void close() {
    http.close();
    sharedLimiter.ifPresent(SharedRateLimiters.Lease::close);
  }

  @Override
  public String toString() {
    return "FeignDiscogsClient";
  }
}
