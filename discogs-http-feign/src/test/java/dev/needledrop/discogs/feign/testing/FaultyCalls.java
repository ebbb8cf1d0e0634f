package dev.needledrop.discogs.feign.testing;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.StandardRetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.time.Duration;

/** Settings shared by the fault tests: a stub with probe routes and a quick, retrying client. */
public final class FaultyCalls {

  private FaultyCalls() {}

  /** Starts a stub with the probe routes and a limit no test reaches. */
  public static StubDiscogsServer stub(ProbeRoutes routes) {
    return routes
        .addTo(StubDiscogsServer.builder())
        .rateLimit(1_000_000, 1_000_000, Duration.ofSeconds(60))
        .threads(8)
        .start();
  }

  /**
   * Returns a client configuration for the stub: the standard retry rules with millisecond backoff,
   * the given read timeout, a call deadline of three seconds, and no pacing.
   */
  public static DiscogsConfig.Builder config(StubDiscogsServer stub, Duration readTimeout) {
    return DiscogsConfig.builder(TestClients.USER_AGENT)
        .baseUrl(stub.baseUrl())
        .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
        .readTimeout(readTimeout)
        .callTimeout(Duration.ofSeconds(3))
        .rateLimiter(RateLimiter.unlimited())
        .retryPolicy(
            StandardRetryPolicy.builder()
                .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
                .build());
  }
}
