package dev.needledrop.discogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import dev.needledrop.discogs.ratelimit.RateLimitFeedback;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.time.ManualTime;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SharedRateLimitersTest {

  private static final URI DISCOGS = URI.create("https://api.discogs.com");
  private static final String TOKEN = "shared-limiter-test-token";

  @Test
  void givesEveryClientOfOneCredentialTheSameLimiter() {
    try (SharedRateLimiters.Lease first = SharedRateLimiters.lease(DISCOGS, token(TOKEN));
        SharedRateLimiters.Lease second = SharedRateLimiters.lease(DISCOGS, token(TOKEN))) {
      assertThat(second.limiter()).isSameAs(first.limiter());
    }
  }

  @Test
  void keepsSeparateBudgetsForOtherCredentialsAndOtherServers() {
    URI stub = URI.create("http://127.0.0.1:8080");
    try (SharedRateLimiters.Lease mine = SharedRateLimiters.lease(DISCOGS, token(TOKEN));
        SharedRateLimiters.Lease other = SharedRateLimiters.lease(DISCOGS, token("other-token"));
        SharedRateLimiters.Lease elsewhere = SharedRateLimiters.lease(stub, token(TOKEN))) {
      assertThat(other.limiter()).isNotSameAs(mine.limiter());
      assertThat(elsewhere.limiter()).isNotSameAs(mine.limiter());
    }
  }

  @Test
  void startsFromDiscogsLimitsForTheAccessLevel() {
    try (SharedRateLimiters.Lease anonymous =
            SharedRateLimiters.lease(URI.create("https://limits.example"), Credentials.none());
        SharedRateLimiters.Lease application =
            SharedRateLimiters.lease(
                URI.create("https://limits.example"), new ConsumerCredentials("k", "s"))) {
      assertThat(((PacedRateLimiter) anonymous.limiter()).limit()).isEqualTo(25);
      assertThat(((PacedRateLimiter) application.limiter()).limit()).isEqualTo(60);
    }
  }

  @Test
  void keysLimitersByADigestThatHoldsNoSecret() {
    OAuthCredentials oauth = OAuthCredentials.of("ckey", "csecret", "otoken", "osecret");

    String key = SharedRateLimiters.keyOf(DISCOGS, oauth);

    assertThat(key).matches("[0-9a-f]{64}").doesNotContain("otoken").doesNotContain("ckey");
    assertThat(SharedRateLimiters.keyOf(DISCOGS, token(TOKEN))).doesNotContain(TOKEN);
  }

  @Test
  void dropsALimiterNoClientHoldsOnceItIsIdle() {
    URI server = URI.create("https://idle.example");
    SharedRateLimiters.Lease lease = SharedRateLimiters.lease(server, token(TOKEN));
    int held = SharedRateLimiters.size();
    lease.close();
    lease.close();

    try (SharedRateLimiters.Lease next = SharedRateLimiters.lease(server, token("another"))) {
      assertThat(SharedRateLimiters.size()).isLessThanOrEqualTo(held);
      assertThat(next.limiter()).isNotSameAs(lease.limiter());
    }
  }

  @Nested
  class Reset {

    private final URI stub = URI.create("http://127.0.0.1:48001");

    @Test
    void keepsA429ForTheNextClientOfTheSameCredentialUntilReset() {
      SharedRateLimiters.Lease refused = SharedRateLimiters.lease(stub, token(TOKEN));
      refuseWithoutRetryAfter(refused.limiter());
      refused.close();

      // Two clients of one token share one budget: the next one waits out the spent window.
      try (SharedRateLimiters.Lease next = SharedRateLimiters.lease(stub, token(TOKEN))) {
        assertThat(next.limiter()).isSameAs(refused.limiter());
        assertThat(next.limiter().tryAcquire()).isPositive();
      }

      SharedRateLimiters.reset(stub);

      try (SharedRateLimiters.Lease fresh = SharedRateLimiters.lease(stub, token(TOKEN))) {
        assertThat(fresh.limiter().tryAcquire()).isZero();
      }
    }

    @Test
    void makesALimiterStillHeldForgetWhatItLearntAndStayShared() {
      try (SharedRateLimiters.Lease held = SharedRateLimiters.lease(stub, token(TOKEN))) {
        refuseWithoutRetryAfter(held.limiter());

        SharedRateLimiters.reset(URI.create("HTTP://127.0.0.1:48001/"));

        assertThat(held.limiter().tryAcquire()).isZero();
        try (SharedRateLimiters.Lease second = SharedRateLimiters.lease(stub, token(TOKEN))) {
          assertThat(second.limiter()).isSameAs(held.limiter());
        }
      }
    }

    @Test
    void leavesTheLimitersOfOtherServersAlone() {
      URI other = URI.create("http://127.0.0.1:48002");
      try (SharedRateLimiters.Lease elsewhere = SharedRateLimiters.lease(other, token(TOKEN))) {
        refuseWithoutRetryAfter(elsewhere.limiter());

        SharedRateLimiters.reset(stub);

        assertThat(elsewhere.limiter().tryAcquire()).isPositive();
      }
    }

    private void refuseWithoutRetryAfter(RateLimiter limiter) {
      assertThat(limiter.tryAcquire()).isZero();
      RateLimitSnapshot spent = new RateLimitSnapshot(60, 60, 0, Instant.EPOCH);
      limiter.onResponse(
          new RateLimitFeedback(429, Optional.of(spent), Optional.empty(), Duration.ZERO));
      assertThat(limiter.tryAcquire()).isPositive();
    }
  }

  @Nested
  class Declare {

    private final URI stub = URI.create("http://127.0.0.1:48003");
    private final ManualTime time = new ManualTime();

    @Test
    void pacesTheClientsOfADeclaredServerToItsWindowAndLimits() {
      SharedRateLimiters.declare(
          stub, new SharedRateLimiters.ServerRules(10, 5, Duration.ofSeconds(5)));
      try (SharedRateLimiters.Lease user = SharedRateLimiters.lease(stub, token(TOKEN), time);
          SharedRateLimiters.Lease anonymous =
              SharedRateLimiters.lease(stub, Credentials.none(), time)) {
        PacedRateLimiter paced = (PacedRateLimiter) user.limiter();

        assertThat(paced.window()).isEqualTo(Duration.ofSeconds(5));
        assertThat(paced.limit()).isEqualTo(10);
        assertThat(((PacedRateLimiter) anonymous.limiter()).limit()).isEqualTo(5);
        // 25 requests: 10 at once, the 11th once the first leave the 5 s window, then every 0.5 s.
        assertThat(timeToSend(paced, 25)).isBetween(Duration.ofSeconds(12), Duration.ofSeconds(13));
      } finally {
        SharedRateLimiters.withdraw(stub);
      }
    }

    @Test
    void givesNewClientsFreshLimitersAndResetsHeldOnes() {
      try (SharedRateLimiters.Lease before = SharedRateLimiters.lease(stub, token(TOKEN), time)) {
        timeToSend(before.limiter(), 60);

        SharedRateLimiters.declare(
            stub, new SharedRateLimiters.ServerRules(10, 5, Duration.ofSeconds(5)));

        assertThat(before.limiter().tryAcquire()).isZero();
        try (SharedRateLimiters.Lease after = SharedRateLimiters.lease(stub, token(TOKEN), time)) {
          assertThat(((PacedRateLimiter) after.limiter()).window()).hasSeconds(5);
        }
      } finally {
        SharedRateLimiters.withdraw(stub);
      }
    }

    @Test
    void goesBackToDiscogsRulesOnceWithdrawn() {
      SharedRateLimiters.declare(
          stub, new SharedRateLimiters.ServerRules(10, 5, Duration.ofSeconds(5)));

      SharedRateLimiters.withdraw(stub);

      try (SharedRateLimiters.Lease lease = SharedRateLimiters.lease(stub, token(TOKEN), time)) {
        PacedRateLimiter paced = (PacedRateLimiter) lease.limiter();
        assertThat(paced.window()).isEqualTo(PacedRateLimiter.DISCOGS_WINDOW);
        assertThat(paced.limit()).isEqualTo(PacedRateLimiter.AUTHENTICATED_LIMIT);
      }
    }

    @Test
    void refusesRulesWithoutRoomOrWindow() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new SharedRateLimiters.ServerRules(0, 5, Duration.ofSeconds(5)))
          .withMessageContaining("limits");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new SharedRateLimiters.ServerRules(10, 5, Duration.ZERO))
          .withMessageContaining("window");
    }

    private Duration timeToSend(RateLimiter limiter, int requests) {
      long started = time.nanoTime();
      for (int sent = 0; sent < requests; ) {
        Duration wait = limiter.tryAcquire();
        if (wait.isZero()) {
          sent++;
        } else {
          time.sleep(wait);
        }
      }
      return Duration.ofNanos(time.nanoTime() - started);
    }
  }

  private static PersonalAccessToken token(String value) {
    return PersonalAccessToken.of(value);
  }
}
