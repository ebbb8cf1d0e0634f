package dev.needledrop.discogs.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.error.CallTimeoutException;
import dev.needledrop.discogs.error.OutcomeUnknownException;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.ReleaseRating;
import dev.needledrop.discogs.testkit.data.TestReleases;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The fake throws, on request, what a client over HTTP would throw for the stub's faults. */
class FakeFailuresTest {

  private static final ReleaseId RELEASE = ReleaseId.of(1);
  private static final Username USER = Username.of("example_user");

  private final InMemoryDatabase fake = InMemoryDatabase.create();

  @BeforeEach
  void seed() {
    fake.putRelease(TestReleases.release(1).build());
  }

  @Nested
  class Kinds {

    @Test
    void rateLimitedCarriesASpentWindowTheMessageAndTheWait() {
      fake.failures().inject(FakeFailure.rateLimited(Duration.ofSeconds(3)));

      assertThatExceptionOfType(RateLimitedException.class)
          .isThrownBy(() -> fake.release(RELEASE))
          .satisfies(
              limited -> {
                assertThat(limited.path()).isEqualTo("/releases/1");
                assertThat(limited.serverMessage())
                    .isEqualTo("You are making requests too quickly.");
                assertThat(limited.rateLimit())
                    .hasValueSatisfying(s -> assertThat(s.isExhausted()).isTrue());
                assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
              });
    }

    @Test
    void serverErrorsCarryTheStatusAndTheMessageOrPage() {
      fake.failures().inject(FakeFailure.serverError(500));
      fake.failures().inject(FakeFailure.htmlError(503));

      assertThatExceptionOfType(ServerErrorException.class)
          .isThrownBy(() -> fake.release(RELEASE))
          .satisfies(error -> assertThat(error.status()).isEqualTo(500));
      assertThatExceptionOfType(ServerErrorException.class)
          .isThrownBy(() -> fake.release(RELEASE))
          .satisfies(error -> assertThat(error.bodyPreview()).contains("503"));
    }

    @Test
    void unreadableIsASuccessWithoutItsJson() {
      fake.failures().inject(FakeFailure.unreadable());

      assertThatExceptionOfType(UnreadableResponseException.class)
          .isThrownBy(() -> fake.release(RELEASE))
          .satisfies(error -> assertThat(error.status()).isEqualTo(200));
    }

    @Test
    void timeoutsAndResetsAreTransportFailures() {
      fake.failures().inject(FakeFailure.timeout());
      fake.failures().inject(FakeFailure.connectionReset());

      assertThatExceptionOfType(CallTimeoutException.class).isThrownBy(() -> fake.release(RELEASE));
      assertThatExceptionOfType(TransportException.class).isThrownBy(() -> fake.release(RELEASE));
    }

    @Test
    void aLostAnswerStrikesAfterTheWriteIsApplied() {
      fake.failures().inject(FakeFailure.lostAnswer());

      assertThatExceptionOfType(TransportException.class)
          .isThrownBy(() -> fake.rateRelease(RELEASE, USER, ReleaseRating.of(4)))
          .isNotInstanceOf(OutcomeUnknownException.class);
      assertThat(fake.userRating(RELEASE, USER).rating()).isEqualTo(4);
    }
  }

  @Nested
  class ForOtherSectionsFakes {

    @Test
    void reportAnUnansweredPostAsAnOutcomeUnknown() {
      FakeFailures failures = new FakeFailures();
      failures.inject(FakeFailure.timeout().on("POST", "/users/*/collection/**"));

      assertThatExceptionOfType(OutcomeUnknownException.class)
          .isThrownBy(() -> failures.beforeCall("POST", "/users/u/collection/folders/1/releases/2"))
          .withMessageContaining("may have applied it");
    }
  }

  @Nested
  class Targeting {

    @Test
    void strikesOnlyMatchingCallsTheGivenNumberOfTimes() {
      fake.failures()
          .inject(FakeFailure.serverError(502).times(2).on("PUT", "/releases/*/rating/*"));

      fake.release(RELEASE);
      assertThat(fake.failures().pending()).isEqualTo(2);
      for (int i = 0; i < 2; i++) {
        assertThatExceptionOfType(ServerErrorException.class)
            .isThrownBy(() -> fake.rateRelease(RELEASE, USER, ReleaseRating.of(3)));
      }
      fake.rateRelease(RELEASE, USER, ReleaseRating.of(3));
      assertThat(fake.failures().pending()).isZero();
    }

    @Test
    void isSharedByTheFakesViews() {
      fake.failures().inject(FakeFailure.serverError(503));

      assertThatExceptionOfType(ServerErrorException.class)
          .isThrownBy(() -> fake.asAnonymous().release(RELEASE));
    }

    @Test
    void forgetsFailuresWhenCleared() {
      fake.failures().inject(FakeFailure.timeout().times(5));
      fake.failures().clear();

      assertThat(fake.release(RELEASE).id()).isEqualTo(RELEASE);
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
      assertThatIllegalArgumentException().isThrownBy(() -> FakeFailure.serverError(429));
      assertThatIllegalArgumentException().isThrownBy(() -> FakeFailure.timeout().times(0));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FakeFailure.timeout().on("GET", "releases"));
    }
  }
}
