package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.feign.internal.codec.DiscogsBodyEncoder;
import dev.needledrop.discogs.feign.internal.codec.DiscogsErrorDecoder;
import dev.needledrop.discogs.feign.internal.codec.Json;
import dev.needledrop.discogs.feign.internal.http.CredentialsInterceptor;
import dev.needledrop.discogs.feign.internal.http.JdkHttpClient;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.feign.internal.http.StandardHeadersInterceptor;
import feign.Client;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;
import feign.codec.Decoder;
import java.time.Clock;
import java.util.Objects;

/**
 * What every Feign target of one client shares: the HTTP client, the rate-limit tracker, the
 * standard and credential headers, the error decoder and the timeouts. Targets differ only in how
 * they read a successful body. Thread-safe.
 */
final class FeignStack implements AutoCloseable {

  private final DiscogsConfig config;
  private final CredentialsInterceptor credentials;
  private final Clock clock = Clock.systemUTC();
  private final RateLimitTracker rateLimits = new RateLimitTracker(clock);
  private final Json json = Json.shared();
  private final JdkHttpClient http;

  private FeignStack(DiscogsConfig config, CredentialsInterceptor credentials) {
    this.config = config;
    this.credentials = credentials;
    this.http = JdkHttpClient.create(config.connectTimeout(), rateLimits);
  }

  /**
   * Builds the shared pieces for the configuration.
   *
   * @throws IllegalStateException for OAuth credentials, which need the discogs-oauth module
   */
  static FeignStack create(DiscogsConfig config) {
    Objects.requireNonNull(config, "config");
    // Checked before the HTTP client starts its threads, so that a refusal leaves nothing behind.
    CredentialsInterceptor credentials =
        new CredentialsInterceptor(config.credentials(), config.credentialPlacement());
    return new FeignStack(config, credentials);
  }

  /** Returns a Feign implementation of the resource, reading successful bodies with the decoder. */
  <T> T target(Class<T> resource, Decoder decoder) {
    return Feign.builder()
        .client(http)
        .encoder(new DiscogsBodyEncoder(json))
        .decoder(decoder)
        .errorDecoder(errorDecoder())
        // Retries come later, from the SDK itself, which knows what is safe to repeat.
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
   * Returns the HTTP transport, for calls made without a Feign target (image URLs); what goes
   * through it is logged and observed for rate limits like any call.
   */
  Client client() {
    return http;
  }

  /** Returns the interceptor adding the configured credentials. */
  CredentialsInterceptor credentials() {
    return credentials;
  }

  /** Returns the JSON configuration shared by the decoders. */
  Json json() {
    return json;
  }

  /** Returns the tracker holding the rate-limit state of the latest response. */
  RateLimitTracker rateLimits() {
    return rateLimits;
  }

  /** Stops the HTTP client's threads. */
  @Override
  public void close() {
    http.close();
  }
}
