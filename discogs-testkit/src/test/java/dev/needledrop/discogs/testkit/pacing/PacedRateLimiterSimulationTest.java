package dev.needledrop.discogs.testkit.pacing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.testkit.RateWindowRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves the pacing algorithm in virtual time: 3,600 requests from four workers through one {@link
 * dev.needledrop.discogs.ratelimit.PacedRateLimiter} against the stub's own window rules, 60 a
 * minute, with 5 to 100 ms of latency each way. Deterministic: latencies and jitter are seeded.
 */
class PacedRateLimiterSimulationTest {

  private static final int REQUESTS = 3_600;

  private static PacingSimulation.Result simulate(RateWindowRule rule, int foreignPerWindow) {
    return new PacingSimulation(
            new PacingSimulation.Settings(rule, REQUESTS, 4, foreignPerWindow, 20_240_301L))
        .run();
  }

  @Nested
  class AloneOnTheBudget {

    @ParameterizedTest
    @EnumSource(RateWindowRule.class)
    void runsAtTheAllowedRateWithoutASingle429(RateWindowRule rule) {
      PacingSimulation.Result result = simulate(rule, 0);

      assertThat(result.completed()).isEqualTo(REQUESTS);
      assertThat(result.refusals()).isZero();
      assertThat(result.efficiency(REQUESTS)).isGreaterThanOrEqualTo(0.99);
    }
  }

  @Nested
  class SharingTheBudgetWithAnotherConsumer {

    @ParameterizedTest
    @EnumSource(RateWindowRule.class)
    void seesAtMostOnePercentOf429sAndAbsorbsEveryOne(RateWindowRule rule) {
      PacingSimulation.Result result = simulate(rule, PacingSimulation.LIMIT / 2);

      assertThat(result.refusals()).isLessThanOrEqualTo(REQUESTS / 100);
      assertThat(result.givenUp()).isZero();
      assertThat(result.completed()).isEqualTo(REQUESTS);
    }
  }
}
