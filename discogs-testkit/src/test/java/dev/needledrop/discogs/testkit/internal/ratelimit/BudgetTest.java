package dev.needledrop.discogs.testkit.internal.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.testkit.RateWindowRule;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BudgetTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();
  private static final Duration WINDOW = Duration.ofSeconds(60);

  private static Budget budget(RateWindowRule rule) {
    return Budget.create(rule, 3, WINDOW);
  }

  private static void spend(Budget budget, int count, long at) {
    IntStream.range(0, count).forEach(i -> assertThat(budget.tryCount(at)).isTrue());
  }

  @ParameterizedTest
  @EnumSource(RateWindowRule.class)
  void everyRuleAllowsALimitsWorthAtOnceAndRefusesOneMore(RateWindowRule rule) {
    Budget budget = budget(rule);

    spend(budget, 3, 0);

    assertThat(budget.tryCount(0)).isFalse();
    assertThat(budget.used(0)).isEqualTo(3);
    assertThat(budget.limit()).isEqualTo(3);
  }

  @Nested
  class SlidingLog {

    @Test
    void freesEachRequestOneWindowAfterItArrived() {
      Budget budget = budget(RateWindowRule.SLIDING_LOG);
      spend(budget, 2, 0);
      spend(budget, 1, 30 * SECOND);

      assertThat(budget.tryCount(59 * SECOND)).isFalse();
      assertThat(budget.used(60 * SECOND)).isEqualTo(1);
      assertThat(budget.tryCount(60 * SECOND)).isTrue();
    }
  }

  @Nested
  class FixedWindow {

    @Test
    void startsCountingAgainAtEachBoundary() {
      Budget budget = budget(RateWindowRule.FIXED_WINDOW);
      spend(budget, 3, 59 * SECOND);

      assertThat(budget.tryCount(59 * SECOND + SECOND / 2)).isFalse();
      spend(budget, 3, 60 * SECOND);
    }
  }

  @Nested
  class TokenBucket {

    @Test
    void refillsOneRequestPerWindowOverLimit() {
      Budget budget = budget(RateWindowRule.TOKEN_BUCKET);
      spend(budget, 3, 0);

      assertThat(budget.tryCount(19 * SECOND)).isFalse();
      assertThat(budget.tryCount(20 * SECOND)).isTrue();
      assertThat(budget.used(20 * SECOND)).isEqualTo(3);
      assertThat(budget.used(80 * SECOND)).isZero();
    }
  }
}
