package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.SharedRateLimiters;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.feign.internal.auth.CredentialsStep;
import dev.needledrop.discogs.feign.internal.codec.DiscogsBodyEncoder;
import dev.needledrop.discogs.feign.internal.codec.DiscogsErrorDecoder;
import dev.needledrop.discogs.feign.internal.codec.Json;
import dev.needledrop.discogs.feign.internal.codec.JsonResponseDecoder;
import dev.needledrop.discogs.feign.internal.codec.RawBodyDecoder;
import dev.needledrop.discogs.feign.internal.http.HttpTransport;
import dev.needledrop.discogs.feign.internal.http.JdkHttpClient;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.feign.internal.http.StandardHeadersInterceptor;
import dev.needledrop.discogs.feign.internal.resilience.ResilienceSettings;
import dev.needledrop.discogs.feign.internal.resilience.ResilientClient;
import dev.needledrop.discogs.internal.SecretScrubber;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every Feign target of one client shares: the HTTP client behind the pacing, retrying,
 * redirect-following {@link ResilientClient}, the rate-limit tracker, the standard headers, the
 * credentials put on each request to the API's origin, the error decoder and the timeouts. Targets
 * differ only in how they read a successful body. Thread-safe.
 */
final class FeignStack implements AutoCloseable {

  private final DiscogsConfig config;
  private final Clock clock = Clock.systemUTC();
  private final RateLimitTracker rateLimits = new RateLimitTracker(clock);
  private final Json json;
  // Every report quoting what a server sent hides the configured credentials with it.
  private final SecretScrubber scrubber;
  private final Optional<JdkHttpClient> ownHttp;
  private final Optional<SharedRateLimiters.Lease> sharedLimiter;
  private final ResilientClient client;
  private final StandardHeadersInterceptor standardHeaders;

  private FeignStack(DiscogsConfig config, CredentialsStep credentials, StackOptions options) {
    this.config = config;
    this.json = Json.shared().withMaxNestingDepth(config.maxNestingDepth());
    this.scrubber = SecretScrubber.of(config.credentials());
    this.ownHttp =
        options.transport().isPresent()
            ? Optional.empty()
            : Optional.of(JdkHttpClient.create(config.connectTimeout()));
    HttpTransport transport =
        ownHttp.<HttpTransport>map(http -> http::send).orElseGet(() -> options.transport().get());
    // The JVM-wide limiter of these credentials, unless the user plugged in their own.
    this.sharedLimiter =
        config.rateLimiter().isPresent()
            ? Optional.empty()
            : Optional.of(SharedRateLimiters.lease(config, options.time()));
    this.client = new ResilientClient(transport, resilience(options, credentials));
    this.standardHeaders = new StandardHeadersInterceptor(config);
  }

  /**
   * Builds the shared pieces for the configuration with the given options.
   *
   * @throws IllegalStateException for OAuth credentials when no request signer is installed, naming
   *     the discogs-oauth module that provides one
   */
  static FeignStack create(DiscogsConfig config, StackOptions options) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(options, "options");
    // Found before the HTTP client starts its threads, so that a refusal leaves nothing behind.
    CredentialsStep credentials = CredentialsStep.create(config, options.signers());
    return new FeignStack(config, credentials, options);
  }

  private ResilienceSettings resilience(StackOptions options, CredentialsStep credentials) {
    RateLimiter limiter =
        config.rateLimiter().orElseGet(() -> sharedLimiter.orElseThrow().limiter());
    return new ResilienceSettings(
        limiter,
        config.retryPolicy(),
        config.callListener(),
        rateLimits,
        errorDecoder(),
        options.time(),
        config.readTimeout(),
        config.callTimeout(),
        // The last step, so that an OAuth signature covers the request as it leaves.
        List.of(credentials));
  }

  /**
   * Returns a Feign implementation of the resource, reading successful bodies with the decoder. Its
   * plainest calls are written without Feign's templates ({@link DirectCalls}), the rest by Feign;
   * both send the same requests through the same client.
   */
  <T> T target(Class<T> resource, Decoder decoder) {
    ErrorDecoder errors = errorDecoder();
    DirectCalls direct =
        new DirectCalls(client, options(), decoder, errors, standardHeaders.headers(), baseUrl());
    return feign(decoder, errors)
        .contract(direct.contract())
        .invocationHandlerFactory(direct)
        .target(new BaseUrlTarget<>(resource, baseUrl()));
  }

  /**
   * Returns a Feign implementation of the resource that writes every call with Feign's templates,
   * as {@link #target} would without its direct calls; for proving that both send the same.
   */
  <T> T feignOnly(Class<T> resource, Decoder decoder) {
    return feign(decoder, errorDecoder()).target(new BaseUrlTarget<>(resource, baseUrl()));
  }

  private Feign.Builder feign(Decoder decoder, ErrorDecoder errors) {
    return Feign.builder()
        .client(client)
        .encoder(new DiscogsBodyEncoder(json))
        .decoder(decoder)
        .errorDecoder(errors)
        // The ResilientClient retries, knowing what is safe to repeat; Feign must not.
        .retryer(Retryer.NEVER_RETRY)
        .options(options())
        .requestInterceptor(standardHeaders)
        // The client logs the exchange itself, with credentials hidden.
        .logLevel(Logger.Level.NONE);
  }

  private String baseUrl() {
    return config.baseUrl().toString();
  }

  /** Returns the decoder turning every non-2xx answer into the SDK's exception for it. */
  DiscogsErrorDecoder errorDecoder() {
    return new DiscogsErrorDecoder(json, rateLimits, clock, scrubber);
  }

  /** Returns the connect and read timeouts, redirects left to the caller. */
  Request.Options options() {
    return new Request.Options(config.connectTimeout(), config.readTimeout(), false);
  }

  /**
   * Returns the paced, retrying transport, for calls made without a Feign target (image URLs); what
   * goes through it is logged, paced, observed for rate limits and given credentials like any call,
   * credentials only when it goes to the API's origin.
   */
  Client client() {
    return client;
  }

  /** Returns what the configured credentials allow, which each call checks before sending. */
  AccessLevel accessLevel() {
    return config.credentials().accessLevel();
  }

  /** Returns the JSON configuration shared by the decoders. */
  Json json() {
    return json;
  }

  /** Returns a decoder of JSON bodies, within the configured limits. */
  JsonResponseDecoder jsonDecoder() {
    return new JsonResponseDecoder(json, config.maxResponseBytes(), scrubber);
  }

  /** Returns a decoder of bodies as text, within the configured limit. */
  RawBodyDecoder textDecoder() {
    return new RawBodyDecoder(config.maxResponseBytes(), scrubber);
  }

  /** Returns the tracker holding the rate-limit state of the latest response. */
  RateLimitTracker rateLimits() {
    return rateLimits;
  }

  /** Stops the HTTP client's threads and gives back the shared rate limiter. */
  @Override
  public void close() {
    ownHttp.ifPresent(JdkHttpClient::close);
    sharedLimiter.ifPresent(SharedRateLimiters.Lease::close);
  }
}
