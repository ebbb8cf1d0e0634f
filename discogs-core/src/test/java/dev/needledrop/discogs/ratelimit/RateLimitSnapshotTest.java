package dev.needledrop.discogs.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RateLimitSnapshotTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  @Nested
  class FromHeaders {

    @Test
    void readsAllThreeHeaders() {
      assertThat(RateLimitSnapshot.fromHeaders("60", "3", "57", NOW))
          .contains(new RateLimitSnapshot(60, 3, 57, NOW));
    }

    @Test
    void ignoresSurroundingSpaces() {
      assertThat(RateLimitSnapshot.fromHeaders(" 60 ", " 3", "57 ", NOW))
          .contains(new RateLimitSnapshot(60, 3, 57, NOW));
    }

    @ParameterizedTest(name = "used = \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "  ", "three", "-1"})
    void derivesAMissingOrUnreadableUsedCountFromTheOtherTwo(String used) {
      assertThat(RateLimitSnapshot.fromHeaders("60", used, "57", NOW))
          .map(RateLimitSnapshot::used)
          .contains(3);
    }

    @Test
    void neverDerivesANegativeUsedCount() {
      assertThat(RateLimitSnapshot.fromHeaders("60", null, "75", NOW))
          .map(RateLimitSnapshot::used)
          .contains(0);
    }

    @ParameterizedTest(name = "limit = \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "sixty", "60.0", "-60", "0x3C", "9999999999"})
    void isEmptyWhenTheLimitIsMissingBlankOrNotANumber(String limit) {
      assertThat(RateLimitSnapshot.fromHeaders(limit, "3", "57", NOW)).isEmpty();
    }

    @ParameterizedTest(name = "remaining = \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", " ", "many", "5 7", "-1"})
    void isEmptyWhenTheRemainingCountIsMissingBlankOrNotANumber(String remaining) {
      assertThat(RateLimitSnapshot.fromHeaders("60", "3", remaining, NOW)).isEmpty();
    }

    @Test
    void keepsTheObservationTime() {
      assertThat(RateLimitSnapshot.fromHeaders("60", "3", "57", NOW))
          .map(RateLimitSnapshot::observedAt)
          .contains(NOW);
    }
  }

  @Nested
  class Creation {

    @Test
    void refusesNegativeNumbers() {
      assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitSnapshot(-1, 0, 0, NOW));
      assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitSnapshot(0, -1, 0, NOW));
      assertThatIllegalArgumentException().isThrownBy(() -> new RateLimitSnapshot(0, 0, -1, NOW));
    }

    @Test
    void requiresTheObservationTime() {
      assertThatNullPointerException().isThrownBy(() -> new RateLimitSnapshot(60, 0, 60, null));
    }
  }

  @Nested
  class IsExhausted {

    @Test
    void onlyWhenNothingRemains() {
      assertThat(new RateLimitSnapshot(60, 60, 0, NOW).isExhausted()).isTrue();
      assertThat(new RateLimitSnapshot(60, 59, 1, NOW).isExhausted()).isFalse();
    }
  }

  @Test
  void printsTheThreeNumbers() {
    assertThat(new RateLimitSnapshot(60, 3, 57, NOW)).hasToString("limit 60, used 3, remaining 57");
  }
}
