package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.feign.internal.codec.DiscogsErrorDecoder;
import dev.needledrop.discogs.feign.internal.codec.Json;
import dev.needledrop.discogs.feign.internal.codec.JsonBodyEncoder;
import dev.needledrop.discogs.feign.internal.codec.JsonResponseDecoder;
import dev.needledrop.discogs.feign.internal.http.CredentialsInterceptor;
import dev.needledrop.discogs.feign.internal.http.JdkHttpClient;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.feign.internal.http.StandardHeadersInterceptor;
import dev.needledrop.discogs.feign.internal.resource.CollectionResource;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
import dev.needledrop.discogs.feign.internal.resource.ListsResource;
import dev.needledrop.discogs.feign.internal.resource.UsersResource;
import dev.needledrop.discogs.feign.internal.resource.WantlistResource;
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
  private final UserSections userSections;

  private FeignDiscogsClient(
      JdkHttpClient http,
      RateLimitTracker rateLimits,
      DatabaseApi database,
      UserSections userSections) {
    this.http = http;
    this.rateLimits = rateLimits;
    this.database = database;
    this.userSections = userSections;
  }

  /** The sections about users, built over one Feign configuration. */
  private record UserSections(
      UsersApi users, CollectionApi collection, WantlistApi wantlist, ListsApi lists) {

    static UserSections create(Feign.Builder feign, DiscogsConfig config) {
      String url = config.baseUrl().toString();
      UsersApi users = new FeignUsersApi(feign.target(UsersResource.class, url), config.currency());
      return new UserSections(
          users,
          new FeignCollectionApi(feign.target(CollectionResource.class, url), users),
          new FeignWantlistApi(feign.target(WantlistResource.class, url)),
          new FeignListsApi(feign.target(ListsResource.class, url)));
    }
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
    Feign.Builder feign =
        Feign.builder()
            .client(http)
            .encoder(new JsonBodyEncoder(json))
            .decoder(new JsonResponseDecoder(json))
            .errorDecoder(new DiscogsErrorDecoder(json, rateLimits, clock))
            // Retries come later, from the SDK itself, which knows what is safe to repeat.
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
        new FeignDatabaseApi(resource, config.currency()),
        UserSections.create(feign, config));
  }

  @Override
  public DatabaseApi database() {
    return database;
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
