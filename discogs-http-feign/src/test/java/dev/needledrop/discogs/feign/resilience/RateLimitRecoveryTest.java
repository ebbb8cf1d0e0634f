package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.testing.RecordingListener;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.feign.testing.VirtualTime;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.observability.Waiting;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubFault;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How long calls wait after the stub's 429s and under its scaled windows, with the default shared
 * limiter, in virtual time shared by the client and the stub's window: no test waits for real.
 */
class RateLimitRecoveryTest {

  private static final ReleaseId RELEASE = ReleaseId.of(249504);

  private final VirtualTime time = new VirtualTime();
  private StubDiscogsServer stub;

  @AfterEach
  void stop() {
    stub.close();
  }

  private StubDiscogsServer start(StubDiscogsServer.Builder builder) {
    stub = builder.clock(time.clock()).start();
    return stub;
  }

  private DiscogsConfig.Builder config() {
    return DiscogsConfig.builder(TestClients.USER_AGENT)
        .baseUrl(stub.baseUrl())
        .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN));
  }

  private FeignDiscogsClient client(DiscogsConfig.Builder config) {
    return FeignDiscogsClient.create(config.build(), time);
  }

  @Nested
  class A429WithRetryAfter {

    @Test
    void costsTheRetryAfterNotAWholeWindow() {
      start(StubDiscogsServer.builder());
      stub.inject(StubFault.rateLimited().retryAfter(Duration.ofSeconds(2)));
      RecordingListener listener = new RecordingListener();

      try (FeignDiscogsClient discogs = client(config().callListener(listener))) {
        discogs.database().release(RELEASE);
      }

      assertThat(stub.requests()).hasSize(2);
      // Two seconds, plus the retry policy's jitter of at most a tenth.
      assertThat(time.elapsed()).isBetween(Duration.ofSeconds(2), Duration.ofMillis(2_200));
      assertThat(listener.events(Waiting.class))
          .extracting(Waiting::reason)
          .containsExactly(Waiting.Reason.RATE_LIMITED);
    }

    @Test
    void costsOneRetryAfterEachWhenTheyComeInARow() {
      start(StubDiscogsServer.builder());
      stub.inject(StubFault.rateLimited().retryAfter(Duration.ofSeconds(2)).times(2));

      try (FeignDiscogsClient discogs = client(config())) {
        discogs.database().release(RELEASE);
      }

      assertThat(stub.requests()).hasSize(3);
      assertThat(time.elapsed()).isBetween(Duration.ofSeconds(4), Duration.ofMillis(4_400));
    }

    @Test
    void leavesLaterCallsUnpacedOnceItHasPassed() {
      start(StubDiscogsServer.builder());
      stub.inject(StubFault.rateLimited().retryAfter(Duration.ofSeconds(2)));

      try (FeignDiscogsClient discogs = client(config())) {
        discogs.database().release(RELEASE);
        Duration afterRetry = time.elapsed();
        IntStream.range(0, 20).forEach(i -> discogs.database().release(RELEASE));

        assertThat(time.elapsed()).isEqualTo(afterRetry);
      }
    }
  }

  @Nested
  class A429WithoutRetryAfter {

    @Test
    void waitsUntilTheWindowIsEstimatedFree() {
      start(StubDiscogsServer.builder());
      stub.inject(StubFault.rateLimited());

      try (FeignDiscogsClient discogs = client(config())) {
        discogs.database().release(RELEASE);
      }

      assertThat(stub.requests()).hasSize(2);
      assertThat(time.elapsed()).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(62));
    }

    @Test
    void holdsBackTheNextClientOfTheTokenUntilTheStubIsReset() {
      start(StubDiscogsServer.builder());
      stub.inject(StubFault.rateLimited());
      try (FeignDiscogsClient refused = client(config().retryPolicy(RetryPolicy.none()))) {
        assertThatThrownBy(() -> refused.database().release(RELEASE))
            .isInstanceOf(RateLimitedException.class);
      }
      // One application's clients of one token share a budget: the next one waits too...
      try (FeignDiscogsClient next = client(config().callTimeout(Duration.ofSeconds(5)))) {
        assertThatThrownBy(() -> next.database().release(RELEASE))
            .hasMessageContaining("waiting for the rate limit would outlast");
      }

      // ...until the stub starts its count afresh, as its JUnit extension does between tests.
      stub.resetRateLimits();

      try (FeignDiscogsClient fresh = client(config())) {
        fresh.database().release(RELEASE);
      }
      assertThat(time.elapsed()).isZero();
    }
  }

  @Nested
  class AScaledDownStubWindow {

    @Test
    void pacesTheDefaultLimiterToTheStubsWindow() {
      start(StubDiscogsServer.builder().rateLimit(10, 5, Duration.ofSeconds(5)));

      try (FeignDiscogsClient discogs = client(config())) {
        IntStream.range(0, 25).forEach(i -> discogs.database().release(RELEASE));
      }

      assertThat(stub.rateLimitRefusals()).isZero();
      assertThat(stub.requests()).hasSize(25);
      // Ten at once, the eleventh once they leave the 5 s window, then one every half second.
      assertThat(time.elapsed()).isBetween(Duration.ofSeconds(12), Duration.ofSeconds(13));
    }

    @Test
    void pacesAnonymousClientsToTheStubsLowerLimit() {
      start(StubDiscogsServer.builder().rateLimit(10, 5, Duration.ofSeconds(5)));

      try (FeignDiscogsClient discogs = client(config().credentials(Credentials.none()))) {
        IntStream.range(0, 10).forEach(i -> discogs.database().release(RELEASE));
      }

      assertThat(stub.rateLimitRefusals()).isZero();
      // Five at once, the sixth once they leave the window, then one a second.
      assertThat(time.elapsed()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(10));
    }
  }
}
