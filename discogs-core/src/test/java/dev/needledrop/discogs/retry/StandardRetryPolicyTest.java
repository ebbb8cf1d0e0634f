package dev.needledrop.discogs.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.retry.AttemptOutcome.Answered;
import dev.needledrop.discogs.retry.AttemptOutcome.NoAnswer;
import dev.needledrop.discogs.retry.AttemptOutcome.NotSent;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandardRetryPolicyTest {

  private final StandardRetryPolicy policy =
      StandardRetryPolicy.builder().random(new SplittableRandom(7)).build();

  private static FailedAttempt attempt(String method, int number, AttemptOutcome outcome) {
    return new FailedAttempt(method, number, outcome, Duration.ZERO);
  }

  private static Answered status(int status) {
    return new Answered(status, Optional.empty());
  }

  private static final NoAnswer TIMED_OUT = new NoAnswer("no response within PT30S", true);
  private static final NotSent REFUSED = new NotSent("ConnectException");

  @Nested
  class RateLimited {

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "POST"})
    void retriesEveryMethodSinceTheServerActedOnNothing(String method) {
      assertThat(policy.decide(attempt(method, 1, status(429))).retry()).isTrue();
    }

    @Test
    void waitsTheRetryAfterPlusAtMostTenPercent() {
      Answered limited = new Answered(429, Optional.of(Duration.ofSeconds(5)));

      RetryDecision decision = policy.decide(attempt("GET", 1, limited));

      assertThat(decision.delay()).isBetween(Duration.ofSeconds(5), Duration.ofMillis(5_500));
    }

    @Test
    void givesUpAfterTheConfiguredNumberOfAttempts() {
      StandardRetryPolicy twice = StandardRetryPolicy.builder().maxRateLimitedAttempts(2).build();

      assertThat(twice.decide(attempt("GET", 1, status(429))).retry()).isTrue();
      assertThat(twice.decide(attempt("GET", 2, status(429))).retry()).isFalse();
    }

    @Test
    void givesUpWhenTheWaitWouldOutlastTheTimeBudget() {
      Answered longWait = new Answered(429, Optional.of(Duration.ofSeconds(100)));

      assertThat(policy.decide(attempt("GET", 1, longWait))).isEqualTo(RetryDecision.giveUp());
    }
  }

  @Nested
  class ServerErrors {

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 520, 521, 522, 523, 524})
    void retriesIdempotentCalls(int status) {
      assertThat(policy.decide(attempt("GET", 1, status(status))).retry()).isTrue();
      assertThat(policy.decide(attempt("PUT", 1, status(status))).retry()).isTrue();
      assertThat(policy.decide(attempt("DELETE", 1, status(status))).retry()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 524})
    void neverResendsAPostThatMayHaveBeenApplied(int status) {
      assertThat(policy.decide(attempt("POST", 1, status(status))).retry()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501, 505, 599})
    void neverRetriesWhatAnotherTryCannotMend(int status) {
      assertThat(policy.decide(attempt("GET", 1, status(status))).retry()).isFalse();
    }

    @Test
    void honoursARetryAfterOnAServerErrorToo() {
      Answered unavailable = new Answered(503, Optional.of(Duration.ofSeconds(30)));

      Duration delay = policy.decide(attempt("GET", 1, unavailable)).delay();

      assertThat(delay).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31));
    }

    @Test
    void givesUpAfterFourAttemptsByDefault() {
      assertThat(policy.decide(attempt("GET", 3, status(503))).retry()).isTrue();
      assertThat(policy.decide(attempt("GET", 4, status(503))).retry()).isFalse();
    }

    @Test
    void retriesOnlyTheConfiguredStatuses() {
      StandardRetryPolicy only503 =
          StandardRetryPolicy.builder().retryableStatuses(Set.of(503)).build();

      assertThat(only503.decide(attempt("GET", 1, status(503))).retry()).isTrue();
      assertThat(only503.decide(attempt("GET", 1, status(502))).retry()).isFalse();
    }
  }

  @Nested
  class ConnectionFailures {

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE", "POST"})
    void resendAnyRequestWhoseConnectionNeverOpened(String method) {
      assertThat(policy.decide(attempt(method, 1, REFUSED)).retry()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "PUT", "DELETE"})
    void resendIdempotentRequestsThatGotNoAnswer(String method) {
      assertThat(policy.decide(attempt(method, 1, TIMED_OUT)).retry()).isTrue();
    }

    @Test
    void neverResendAPostThatGotNoAnswer() {
      assertThat(policy.decide(attempt("POST", 1, TIMED_OUT)).retry()).isFalse();
      assertThat(policy.decide(attempt("post", 1, new NoAnswer("reset", false))).retry()).isFalse();
    }
  }

  @Nested
  class Backoff {

    @Test
    void doublesFromOneSecondWaitingARandomHalfOfEachStep() {
      for (int number = 1; number <= 3; number++) {
        Duration full = Duration.ofSeconds(1L << (number - 1));

        Duration delay = policy.decide(attempt("GET", number, status(502))).delay();

        assertThat(delay).isBetween(full.dividedBy(2), full);
      }
    }

    @Test
    void neverExceedsTheCeiling() {
      StandardRetryPolicy capped =
          StandardRetryPolicy.builder()
              .maxAttempts(50)
              .backoff(Duration.ofSeconds(1), Duration.ofSeconds(4))
              .maxElapsed(Duration.ofHours(1))
              .build();

      assertThat(capped.decide(attempt("GET", 40, REFUSED)).delay())
          .isLessThanOrEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void staysWithinTheTimeBudgetOfTheCall() {
      FailedAttempt late = new FailedAttempt("GET", 1, status(503), Duration.ofMillis(89_600));

      assertThat(policy.decide(late).retry()).isFalse();
    }
  }

  @Nested
  class Building {

    @Test
    void refusesSettingsThatMakeNoSense() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StandardRetryPolicy.builder().maxAttempts(0))
          .withMessageContaining("maxAttempts");
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  StandardRetryPolicy.builder()
                      .backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
          .withMessageContaining("max backoff");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StandardRetryPolicy.builder().retryableStatuses(Set.of(429)))
          .withMessageContaining("429");
    }
  }

  @Test
  void noneNeverRetries() {
    assertThat(RetryPolicy.none().decide(attempt("GET", 1, REFUSED)))
        .isEqualTo(RetryDecision.giveUp());
  }
}
