package dev.needledrop.discogs.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.time.ManualTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PacedRateLimiterTest {

  private static final Duration WINDOW = Duration.ofSeconds(60);
  private static final Duration MARGIN = Duration.ofMillis(250);

  private final ManualTime time = new ManualTime();

  private PacedRateLimiter limiter(int limit) {
    return PacedRateLimiter.builder()
        .limit(limit)
        .window(WINDOW)
        .margin(MARGIN)
        .timeSource(time)
        .build();
  }

  private static RateLimitFeedback answer(int status, int limit, int used) {
    RateLimitSnapshot state =
        new RateLimitSnapshot(limit, used, Math.max(0, limit - used), Instant.EPOCH);
    return new RateLimitFeedback(status, Optional.of(state), Optional.empty(), Duration.ZERO);
  }

  private static RateLimitFeedback refusedWithRetryAfter(Duration wait) {
    RateLimitSnapshot spent = new RateLimitSnapshot(10, 10, 0, Instant.EPOCH);
    return new RateLimitFeedback(429, Optional.of(spent), Optional.of(wait), Duration.ZERO);
  }

  private static RateLimitFeedback withoutHeaders(int status) {
    return new RateLimitFeedback(status, Optional.empty(), Optional.empty(), Duration.ZERO);
  }

  /** Sends as fast as the limiter allows, sleeping in virtual time; returns the send times. */
  private List<Duration> sendAll(RateLimiter limiter, int requests) {
    List<Duration> sent = new ArrayList<>();
    while (sent.size() < requests) {
      Duration wait = limiter.tryAcquire();
      if (wait.isZero()) {
        sent.add(Duration.ofNanos(time.nanoTime()));
      } else {
        time.sleep(wait);
      }
    }
    return sent;
  }

  @Nested
  class TryAcquire {

    @Test
    void letsTheWholeFirstBudgetGoAtOnce() {
      List<Duration> sent = sendAll(limiter(5), 5);

      assertThat(sent).containsOnly(Duration.ZERO);
    }

    @Test
    void thenWaitsUntilTheOldestSendLeavesTheWindowAndItsMargin() {
      PacedRateLimiter limiter = limiter(5);
      sendAll(limiter, 5);

      assertThat(limiter.tryAcquire()).isEqualTo(WINDOW.plus(MARGIN));
    }

    @Test
    void countsNothingWhenItAsksToWait() {
      PacedRateLimiter limiter = limiter(1);
      limiter.tryAcquire();

      Duration first = limiter.tryAcquire();
      Duration second = limiter.tryAcquire();

      assertThat(second).isEqualTo(first);
    }

    @Test
    void spreadsRequestsOutOnceTheFirstBudgetIsSpent() {
      List<Duration> sent = sendAll(limiter(6), 9);

      Duration spacing = WINDOW.dividedBy(6);
      assertThat(sent.subList(6, 9))
          .containsExactly(
              WINDOW.plus(MARGIN),
              WINDOW.plus(MARGIN).plus(spacing),
              WINDOW.plus(MARGIN).plus(spacing.multipliedBy(2)));
    }

    @Test
    void neverLetsMoreThanTheLimitFallInAnyWindow() {
      List<Duration> sent = sendAll(limiter(10), 200);

      for (int i = 10; i < sent.size(); i++) {
        assertThat(sent.get(i).minus(sent.get(i - 10))).isGreaterThanOrEqualTo(WINDOW);
      }
    }

    @Test
    void startsAFreshBurstAfterAQuietWindow() {
      PacedRateLimiter limiter = limiter(3);
      sendAll(limiter, 6);
      time.advance(WINDOW.multipliedBy(2));

      List<Duration> burst = sendAll(limiter, 3);

      assertThat(burst).hasSize(3).allMatch(at -> at.equals(burst.get(0)));
    }

    @Test
    void givesEachOfManyThreadsItsOwnSlot() throws InterruptedException {
      PacedRateLimiter limiter = limiter(20);
      ConcurrentLinkedQueue<Duration> granted = new ConcurrentLinkedQueue<>();
      CountDownLatch start = new CountDownLatch(1);
      List<Thread> threads = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Thread thread =
            new Thread(
                () -> {
                  awaitQuietly(start);
                  IntStream.range(0, 10).mapToObj(n -> limiter.tryAcquire()).forEach(granted::add);
                });
        threads.add(thread);
        thread.start();
      }
      start.countDown();
      for (Thread thread : threads) {
        thread.join();
      }

      assertThat(granted.stream().filter(Duration::isZero)).hasSize(20);
    }

    private void awaitQuietly(CountDownLatch latch) {
      try {
        latch.await();
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Nested
  class OnResponse {

    @Test
    void adoptsTheLimitTheServerReports() {
      PacedRateLimiter limiter = limiter(60);
      limiter.tryAcquire();

      limiter.onResponse(answer(200, 3, 1));

      assertThat(limiter.limit()).isEqualTo(3);
      assertThat(sendAll(limiter, 2)).containsOnly(Duration.ZERO);
      assertThat(limiter.tryAcquire()).isPositive();
    }

    @Test
    void keepsItsLimitWhenAnAnswerLacksTheHeaders() {
      PacedRateLimiter limiter = limiter(4);
      limiter.tryAcquire();

      limiter.onResponse(withoutHeaders(503));

      assertThat(limiter.limit()).isEqualTo(4);
      assertThat(sendAll(limiter, 3)).containsOnly(Duration.ZERO);
    }

    @Test
    void leavesRoomForRequestsOthersMadeOnTheSameBudget() {
      PacedRateLimiter limiter = limiter(10);
      limiter.tryAcquire();

      // Seven of the ten were used by someone else: two remain, one of them kept free.
      limiter.onResponse(answer(200, 10, 8));

      assertThat(sendAll(limiter, 1)).containsOnly(Duration.ZERO);
      assertThat(limiter.tryAcquire()).isPositive();
    }

    @Test
    void forgetsTheOtherConsumerOnceItsRequestsHaveLeftTheWindow() {
      PacedRateLimiter limiter = limiter(10);
      limiter.tryAcquire();
      limiter.onResponse(answer(200, 10, 10));
      time.advance(WINDOW.plus(MARGIN));

      assertThat(limiter.isIdle()).isTrue();
      assertThat(sendAll(limiter, 10)).containsOnly(Duration.ofNanos(time.nanoTime()));
    }

    @Test
    void waitsForItsOldestSendToLeaveTheWindowAfterA429() {
      PacedRateLimiter limiter = limiter(10);
      sendAll(limiter, 3);
      time.advance(Duration.ofSeconds(5));
      limiter.tryAcquire();

      limiter.onResponse(answer(429, 10, 10));

      assertThat(limiter.tryAcquire()).isEqualTo(WINDOW.plus(MARGIN).minusSeconds(5));
    }

    @Test
    void waitsOnlyTheRetryAfterOfA429NotAWholeWindow() {
      PacedRateLimiter limiter = limiter(10);
      sendAll(limiter, 3);
      time.advance(Duration.ofSeconds(5));
      limiter.tryAcquire();

      // The headers say the window is spent, but the server also said when to come back.
      limiter.onResponse(refusedWithRetryAfter(Duration.ofSeconds(2)));

      assertThat(limiter.tryAcquire()).isEqualTo(Duration.ofSeconds(2));
      time.advance(Duration.ofSeconds(2));
      assertThat(sendAll(limiter, 7)).containsOnly(Duration.ofSeconds(7));
      assertThat(limiter.tryAcquire()).isPositive();
    }

    @Test
    void waitsEachRetryAfterOfRepeated429s() {
      PacedRateLimiter limiter = limiter(10);
      List<Duration> sent = new ArrayList<>();
      for (int refusal = 0; refusal < 3; refusal++) {
        sent.addAll(sendAll(limiter, 1));
        limiter.onResponse(refusedWithRetryAfter(Duration.ofSeconds(2)));
      }

      assertThat(sent).containsExactly(Duration.ZERO, Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void forgetsEverythingItLearntWhenReset() {
      PacedRateLimiter limiter = limiter(10);
      sendAll(limiter, 4);
      limiter.onResponse(answer(200, 5, 5));
      limiter.onResponse(answer(429, 5, 5));
      assertThat(limiter.tryAcquire()).isPositive();

      limiter.reset();

      assertThat(limiter.isIdle()).isTrue();
      assertThat(limiter.limit()).isEqualTo(10);
      assertThat(sendAll(limiter, 10)).containsOnly(Duration.ZERO);
    }

    @Test
    void holdsEveryRequestBackForARetryAfter() {
      PacedRateLimiter limiter = limiter(10);
      limiter.tryAcquire();

      limiter.onResponse(
          new RateLimitFeedback(
              503, Optional.empty(), Optional.of(Duration.ofSeconds(30)), Duration.ZERO));

      assertThat(limiter.tryAcquire()).isEqualTo(Duration.ofSeconds(30));
      time.advance(Duration.ofSeconds(30));
      assertThat(limiter.tryAcquire()).isZero();
    }

    @Test
    void forgetsItsSendsWhenTheServerCountsFewerThanItSurelySent() {
      PacedRateLimiter limiter = limiter(5);
      for (int i = 0; i < 5; i++) {
        time.advance(Duration.ofSeconds(1));
        limiter.tryAcquire();
      }
      assertThat(limiter.tryAcquire()).isPositive();

      // The server restarted its count: only the last request is in its window.
      limiter.onResponse(answer(200, 5, 1));

      assertThat(sendAll(limiter, 4)).containsOnly(Duration.ofNanos(time.nanoTime()));
      assertThat(limiter.tryAcquire()).isPositive();
    }
  }

  @Nested
  class Building {

    @Test
    void refusesALimitBelowOneAndANonPositiveWindow() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PacedRateLimiter.builder().limit(0))
          .withMessageContaining("limit");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PacedRateLimiter.builder().window(Duration.ZERO))
          .withMessageContaining("window");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PacedRateLimiter.builder().margin(Duration.ofMillis(-1)))
          .withMessageContaining("margin");
    }

    @Test
    void defaultsToDiscogsWindowWithATenthOfASecondMargin() {
      assertThat(PacedRateLimiter.builder().build())
          .hasToString("PacedRateLimiter[limit 60 per PT1M, margin PT0.1S, configured limit 60]");
    }
  }

  @Test
  void unlimitedLetsEverythingGoAtOnce() {
    RateLimiter unlimited = RateLimiter.unlimited();
    unlimited.onResponse(answer(429, 1, 1));

    assertThat(IntStream.range(0, 1000).mapToObj(i -> unlimited.tryAcquire()))
        .containsOnly(Duration.ZERO);
  }
}
