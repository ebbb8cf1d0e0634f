package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.error.CallTimeoutException;
import dev.needledrop.discogs.error.OutcomeUnknownException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.testing.FaultyCalls;
import dev.needledrop.discogs.feign.testing.Probe;
import dev.needledrop.discogs.feign.testing.ProbeRoutes;
import dev.needledrop.discogs.ratelimit.RateLimitFeedback;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubFault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The whole-call deadline and the read timeout, in real time: a server that accepts and never
 * answers, or answers with a body that never ends, fails the call within the deadline plus 10%.
 */
class CallDeadlineTest {

  private static final long ITEM = 3;
  private static final Duration DEADLINE = Duration.ofSeconds(1);
  private static final Duration WITHIN = DEADLINE.plus(DEADLINE.dividedBy(10));

  private static final ProbeRoutes routes = new ProbeRoutes();
  private static StubDiscogsServer stub;

  @BeforeAll
  static void start() {
    stub = FaultyCalls.stub(routes);
    routes.seed(ITEM, "{}");
  }

  @AfterAll
  static void stop() {
    stub.close();
  }

  @BeforeEach
  void forgetFaults() {
    stub.clearFaults();
    stub.clearRequests();
  }

  /**
   * Runs the call on a warmed-up client of the settings under the fault, returning how long it took
   * to fail.
   */
  private static Duration failing(
      Optional<StubFault> fault,
      Consumer<DiscogsConfig.Builder> settings,
      Consumer<Probe> call,
      Class<? extends Throwable> failure) {
    DiscogsConfig.Builder config =
        FaultyCalls.config(stub, Duration.ofSeconds(30)).callTimeout(DEADLINE);
    settings.accept(config);
    try (FeignDiscogsClient client = FeignDiscogsClient.create(config.build())) {
      Probe probe = new Probe(client);
      probe.get(ITEM);
      fault.ifPresent(stub::inject);
      long started = System.nanoTime();
      assertThatThrownBy(() -> call.accept(probe)).isInstanceOf(failure);
      return Duration.ofNanos(System.nanoTime() - started);
    }
  }

  @Nested
  class NeverAnsweringServer {

    @Test
    void failsAGetWithinTheDeadlineEvenWithALongReadTimeout() {
      Duration took =
          failing(
              Optional.of(StubFault.noAnswer().silentFor(Duration.ofSeconds(5)).times(5)),
              config -> {},
              probe -> probe.get(ITEM),
              CallTimeoutException.class);

      assertThat(took).isBetween(DEADLINE.minusMillis(50), WITHIN);
    }

    @Test
    void failsWithinTheDeadlineAcrossRetriesOfShortAttempts() {
      Duration took =
          failing(
              Optional.of(StubFault.noAnswer().silentFor(Duration.ofSeconds(5)).times(10)),
              config -> config.readTimeout(Duration.ofMillis(300)),
              probe -> probe.get(ITEM),
              CallTimeoutException.class);

      assertThat(took).isLessThanOrEqualTo(WITHIN);
      assertThat(stub.requests()).hasSizeGreaterThanOrEqualTo(1 + 3);
    }

    @Test
    void saysWhenThePostWasSentIntoTheSilence() {
      Duration took =
          failing(
              Optional.of(StubFault.noAnswer().silentFor(Duration.ofSeconds(5))),
              config -> {},
              probe -> probe.post(Map.of("op", "x")),
              OutcomeUnknownException.class);

      assertThat(took).isLessThanOrEqualTo(WITHIN);
      assertThat(stub.requests()).hasSize(1 + 1);
    }
  }

  @Nested
  class EndlessBody {

    @Test
    void failsWithinTheDeadlineWhenTheBodyStalls() {
      Duration took =
          failing(
              Optional.of(StubFault.slowBody(Duration.ofSeconds(5)).times(5)),
              config -> {},
              probe -> probe.get(ITEM),
              CallTimeoutException.class);

      assertThat(took).isLessThanOrEqualTo(WITHIN);
    }

    @Test
    void boundsTheBodyByTheReadTimeoutToo() {
      Duration took =
          failing(
              Optional.of(StubFault.slowBody(Duration.ofSeconds(3))),
              config -> config.readTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()),
              probe -> probe.get(ITEM),
              CallTimeoutException.class);

      assertThat(took).isBetween(Duration.ofMillis(250), Duration.ofMillis(600));
    }
  }

  @Nested
  class RateLimitWait {

    @Test
    void failsAtOnceWhenTheLimiterWouldHoldTheCallPastTheDeadline() {
      RateLimiter exhausted =
          new RateLimiter() {
            @Override
            public Duration tryAcquire() {
              return Duration.ofMinutes(1);
            }

            @Override
            public void onResponse(RateLimitFeedback feedback) {}
          };
      RateLimiter firstFree = new FirstFree(exhausted);

      Duration took =
          failing(
              Optional.empty(),
              config -> config.rateLimiter(firstFree),
              probe -> probe.get(ITEM),
              CallTimeoutException.class);

      assertThat(took).isLessThan(Duration.ofMillis(200));
      assertThat(stub.requests()).as("only the warm-up").hasSize(1);
    }
  }

  /** Lets the first request through, then defers to another limiter. */
  private static final class FirstFree implements RateLimiter {

    private final RateLimiter then;
    private boolean used;

    FirstFree(RateLimiter then) {
      this.then = then;
    }

    @Override
    public synchronized Duration tryAcquire() {
      if (!used) {
        used = true;
        return Duration.ZERO;
      }
      return then.tryAcquire();
    }

    @Override
    public void onResponse(RateLimitFeedback feedback) {}
  }
}
