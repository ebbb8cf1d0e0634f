package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.contract.AccessRulesContract;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The access rules, enforced by the Feign adapter before anything reaches the stub; the user's
 * calls go out signed with OAuth.
 */
class FeignAccessRulesContractTest extends AccessRulesContract {

  private static StubDiscogsServer server;
  private static final Map<AccessLevel, Discogs> clients = new EnumMap<>(AccessLevel.class);
  private static String image;

  @BeforeAll
  static void start() {
    // Every call of every row, three times over: far beyond Discogs' 60 a minute.
    server =
        StubDiscogsServer.builder().rateLimit(100_000, 100_000, Duration.ofSeconds(60)).start();
    image =
        server
            .images()
            .issue("R-1.jpeg", "image/jpeg", "jpeg".getBytes(StandardCharsets.US_ASCII))
            .toString();
    clients.put(AccessLevel.NONE, client(Credentials.none()));
    clients.put(
        AccessLevel.APPLICATION,
        client(
            new ConsumerCredentials(
                StubDiscogsServer.CONSUMER_KEY, StubDiscogsServer.CONSUMER_SECRET)));
    clients.put(
        AccessLevel.USER,
        client(
            OAuthCredentials.of(
                StubDiscogsServer.CONSUMER_KEY,
                StubDiscogsServer.CONSUMER_SECRET,
                StubDiscogsServer.OAUTH_TOKEN,
                StubDiscogsServer.OAUTH_TOKEN_SECRET)));
  }

  @AfterAll
  static void stop() {
    clients.values().forEach(Discogs::close);
    clients.clear();
    server.close();
  }

  private static Discogs client(Credentials credentials) {
    return FeignDiscogs.create(
        DiscogsConfig.builder("NeedledropContractTest/1.0 +https://example.com")
            .baseUrl(server.baseUrl())
            .credentials(credentials)
            .rateLimiter(RateLimiter.unlimited())
            .retryPolicy(RetryPolicy.none())
            .build());
  }

  @Override
  protected Discogs client(AccessLevel level) {
    return clients.get(level);
  }

  @Override
  protected OptionalLong requestsReceived() {
    return OptionalLong.of(server.requests().size());
  }

  @Override
  protected String imageUrl() {
    return image;
  }
}
