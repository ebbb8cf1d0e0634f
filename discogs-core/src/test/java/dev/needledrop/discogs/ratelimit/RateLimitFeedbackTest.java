package dev.needledrop.discogs.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitFeedbackTest {

  @Test
  void tellsARefusalByItsStatus() {
    assertThat(feedback(429).refused()).isTrue();
    assertThat(feedback(503).refused()).isFalse();
  }

  @Test
  void refusesANegativeTimeSinceSending() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new RateLimitFeedback(
                    200, Optional.empty(), Optional.empty(), Duration.ofMillis(-1)))
        .withMessageContaining("sinceSent");
  }

  private static RateLimitFeedback feedback(int status) {
    return new RateLimitFeedback(status, Optional.empty(), Optional.empty(), Duration.ZERO);
  }
}
