package dev.needledrop.discogs.feign.testing;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;

/** Builds Feign clients pointed at a {@link CaseServer}. */
public final class TestClients {

  /** The User-Agent every test client sends. */
  public static final String USER_AGENT = "NeedledropTests/1.0 +https://example.com/needledrop";

  private TestClients() {}

  /**
   * Returns a configuration for the server, anonymous, sending each call once and unpaced, so that
   * a test sees the exchange its script describes; the defaults otherwise.
   */
  public static DiscogsConfig.Builder config(CaseServer server) {
    return DiscogsConfig.builder(USER_AGENT)
        .baseUrl(server.baseUrl())
        .retryPolicy(RetryPolicy.none())
        .rateLimiter(RateLimiter.unlimited());
  }

  /** Returns an anonymous client for the server. */
  public static Discogs anonymous(CaseServer server) {
    return FeignDiscogs.create(config(server).build());
  }

  /** The personal token of {@link #user}'s clients; the case server accepts anything. */
  public static final String USER_TOKEN = "case-user-token";

  /**
   * Returns a client for the server acting as a user (with {@link #USER_TOKEN}), so that every call
   * is sent: a client without credentials refuses the search and user calls before sending.
   */
  public static Discogs user(CaseServer server) {
    return with(server, PersonalAccessToken.of(USER_TOKEN));
  }

  /** Returns a client for the server sending the given credentials in the header. */
  public static Discogs with(CaseServer server, Credentials credentials) {
    return FeignDiscogs.create(config(server).credentials(credentials).build());
  }
}
