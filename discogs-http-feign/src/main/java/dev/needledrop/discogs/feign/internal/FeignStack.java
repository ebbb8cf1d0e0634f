package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.SharedRateLimiters;
import dev.needledrop.discogs.feign.internal.codec.DiscogsBodyEncoder;
import dev.needledrop.discogs.feign.internal.codec.DiscogsErrorDecoder;
import dev.needledrop.discogs.feign.internal.codec.Json;
import dev.needledrop.discogs.feign.internal.codec.JsonResponseDecoder;
import dev.needledrop.discogs.feign.internal.codec.RawBodyDecoder;
import dev.needledrop.discogs.feign.internal.http.CredentialsInterceptor;
import dev.needledrop.discogs.feign.internal.http.JdkHttpClient;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.feign.internal.http.StandardHeadersInterceptor;
import dev.needledrop.discogs.feign.internal.resilience.ResilienceSettings;
import dev.needledrop.discogs.feign.internal.resilience.ResilientClient;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.time.TimeSource;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.Decoder;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every Feign target of one client shares: the HTTP client behind the pacing, retrying {@link
 * ResilientClient}, the rate-limit tracker, the standard and credential headers, the error decoder
 * and the timeouts. Targets differ only in how they read a successful body. Thread-safe.
 */
final class FeignStack implements AutoCloseable {

  private final DiscogsConfig config;
  private final CredentialsInterceptor credentials;
  private final Clock clock = Clock.systemUTC();
  private final RateLimitTracker rateLimits = new RateLimitTracker(clock);
  private final Json json;
  private final JdkHttpClient http;
  private final Optional<SharedRateLimiters.Lease> sharedLimiter;
  private final ResilientClient client;

  private FeignStack(DiscogsConfig config, CredentialsInterceptor credentials, TimeSource time) {
    this.config = config;
    this.credentials = credentials;
    this.json = Json.shared().withMaxNestingDepth(config.maxNestingDepth());
    this.http = JdkHttpClient.create(config.connectTimeout());
    // The JVM-wide limiter of these credentials, unless the user plugged in their own.
    this.sharedLimiter =
        config.rateLimiter().isPresent()
            ? Optional.empty()
            : Optional.of(SharedRateLimiters.lease(config));
    this.client = new ResilientClient(http, resilience(time));
  }

  /**
   * Builds the shared pieces for the configuration, waiting and keeping deadlines with the time
   * source.
   *
   * @throws IllegalStateException for OAuth credentials, which need the discogs-oauth module
   */
  static FeignStack create(DiscogsConfig config, TimeSource time) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(time, "time");
    // Checked before the HTTP client starts its threads, so that a refusal leaves nothing behind.
    CredentialsInterceptor credentials =
        new CredentialsInterceptor(config.credentials(), config.credentialPlacement());
    return new FeignStack(config, credentials, time);
  }

  private ResilienceSettings resilience(TimeSource time) {
    RateLimiter limiter =
        config.rateLimiter().orElseGet(() -> sharedLimiter.orElseThrow().limiter());
    return new ResilienceSettings(
        limiter,
        config.retryPolicy(),
        config.callListener(),
        rateLimits,
        errorDecoder(),
        time,
        config.readTimeout(),
        config.callTimeout(),
        List.of());
  }

  /** Returns a Feign implementation of the resource, reading successful bodies with the decoder. */
  <T> T target(Class<T> resource, Decoder decoder) {
    return Feign.builder()
        .client(client)
        .encoder(new DiscogsBodyEncoder(json))
        .decoder(decoder)
        .errorDecoder(errorDecoder())
        // The ResilientClient retries, knowing what is safe to repeat; Feign must not.
        .retryer(Retryer.NEVER_RETRY)
        .options(options())
        .requestInterceptor(new StandardHeadersInterceptor(config))
        .requestInterceptor(credentials)
        // The client logs the exchange itself, with credentials hidden.
        .logLevel(Logger.Level.NONE)
        .target(resource, config.baseUrl().toString());
  }

  /** Returns the decoder turning every non-2xx answer into the SDK's exception for it. */
  DiscogsErrorDecoder errorDecoder() {
    return new DiscogsErrorDecoder(json, rateLimits, clock);
  }

  /** Returns the connect and read timeouts, redirects left to the caller. */
  Request.Options options() {
    return new Request.Options(config.connectTimeout(), config.readTimeout(), false);
  }

  /**
   * Returns the paced, retrying transport, for calls made without a Feign target (image URLs); what
   * goes through it is logged, paced and observed for rate limits like any call.
   */
  Client client() {
    return client;
  }

  /** Returns the interceptor adding the configured credentials. */
  CredentialsInterceptor credentials() {
    return credentials;
  }

  /** Returns the JSON configuration shared by the decoders. */
  Json json() {
    return json;
  }

  /** Returns a decoder of JSON bodies, within the configured limits. */
  JsonResponseDecoder jsonDecoder() {
    return new JsonResponseDecoder(json, config.maxResponseBytes());
  }

  /** Returns a decoder of bodies as text, within the configured limit. */
  RawBodyDecoder textDecoder() {
    return new RawBodyDecoder(config.maxResponseBytes());
  }

  /** Returns the tracker holding the rate-limit state of the latest response. */
  RateLimitTracker rateLimits() {
    return rateLimits;
  }

  /** Stops the HTTP client's threads and gives back the shared rate limiter. */
  @Override
  public void close() {
    http.close();
    sharedLimiter.ifPresent(SharedRateLimiters.Lease::close);
  }
}
