package dev.needledrop.discogs.testkit.pacing;

import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import dev.needledrop.discogs.ratelimit.RateLimitFeedback;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import dev.needledrop.discogs.retry.AttemptOutcome;
import dev.needledrop.discogs.retry.FailedAttempt;
import dev.needledrop.discogs.retry.RetryDecision;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.retry.StandardRetryPolicy;
import dev.needledrop.discogs.testkit.RateWindowRule;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.ratelimit.RateState;
import dev.needledrop.discogs.testkit.internal.ratelimit.RateWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A discrete-event simulation, in virtual time, of clients sending requests through one {@link
 * PacedRateLimiter} to a server counting them with the stub's own {@link RateWindow}: each worker
 * acquires a slot, its request reaches the server after a random latency, the answer comes back
 * after another, feeds the limiter, and a 429 goes to the standard retry policy.
 */
final class PacingSimulation {

  private static final Caller CLIENT = Caller.user("simulated_user");

  private final Settings settings;
  private final VirtualTime time;
  private final PacedRateLimiter limiter;
  private final RateWindow server;
  private final RetryPolicy retries;
  private final SplittableRandom random;
  private final PriorityQueue<Event> events =
      new PriorityQueue<>(Comparator.comparingLong(Event::at).thenComparingLong(Event::order));
  private long order;
  private int started;
  private int completed;
  private int refusals;
  private int givenUp;
  private long lastAnswer;

  /**
   * What to simulate.
   *
   * @param rule the server's window rule
   * @param requests how many requests the workers send in all
   * @param workers how many send at once
   * @param foreignPerWindow the requests another consumer of the budget sends per window
   * @param seed the seed of latencies and jitter
   */
  record Settings(
      RateWindowRule rule, int requests, int workers, int foreignPerWindow, long seed) {}

  /**
   * What happened.
   *
   * @param completed requests answered with success
   * @param refusals 429 answers the client got
   * @param givenUp requests the retry policy gave up on
   * @param elapsed the time from the start to the last answer
   */
  record Result(int completed, int refusals, int givenUp, Duration elapsed) {

    /** Returns the ideal time, {@code requests * window / limit}, over the time taken. */
    double efficiency(int requests) {
      double ideal = (double) requests * WINDOW.toNanos() / LIMIT;
      return ideal / elapsed.toNanos();
    }
  }

  static final int LIMIT = 60;
  static final Duration WINDOW = Duration.ofSeconds(60);

  PacingSimulation(Settings settings) {
    this.settings = settings;
    this.random = new SplittableRandom(settings.seed());
    // An origin off the minute, so that fixed windows do not start with the simulation.
    this.time = new VirtualTime(Instant.parse("2024-03-01T10:00:17.345Z"));
    this.limiter = PacedRateLimiter.builder().limit(LIMIT).window(WINDOW).timeSource(time).build();
    this.server =
        new RateWindow(
            LIMIT, 25, WINDOW, time.clock(), settings.rule(), settings.foreignPerWindow());
    this.retries =
        StandardRetryPolicy.builder()
            .maxRateLimitedAttempts(10)
            .maxElapsed(Duration.ofMinutes(5))
            .random(new SplittableRandom(settings.seed() + 1))
            .build();
  }

  Result run() {
    for (int worker = 0; worker < settings.workers(); worker++) {
      schedule(0, new Request());
    }
    while (!events.isEmpty()) {
      Event event = events.poll();
      time.moveTo(event.at());
      event.request().step.accept(event.request());
    }
    return new Result(completed, refusals, givenUp, Duration.ofNanos(lastAnswer));
  }

  private void acquire(Request request) {
    if (request.firstTry < 0) {
      if (started == settings.requests()) {
        return;
      }
      started++;
      request.firstTry = time.nanoTime();
    }
    Duration wait = limiter.tryAcquire();
    if (!wait.isZero()) {
      schedule(time.nanoTime() + wait.toNanos(), request);
      return;
    }
    request.sentAt = time.nanoTime();
    request.step = this::arrive;
    schedule(time.nanoTime() + latency(), request);
  }

  private void arrive(Request request) {
    RateWindow.Admission admission = server.admit(CLIENT);
    request.status = admission.allowed() ? 200 : 429;
    request.state = admission.state();
    request.step = this::answer;
    schedule(time.nanoTime() + latency(), request);
  }

  private void answer(Request request) {
    long now = time.nanoTime();
    lastAnswer = now;
    RateLimitSnapshot snapshot =
        new RateLimitSnapshot(
            request.state.limit(),
            request.state.used(),
            request.state.remaining(),
            Instant.EPOCH.plusNanos(now));
    limiter.onResponse(
        new RateLimitFeedback(
            request.status,
            Optional.of(snapshot),
            Optional.empty(),
            Duration.ofNanos(now - request.sentAt)));
    if (request.status == 200) {
      completed++;
      nextRequest(now);
    } else {
      refusals++;
      retryOrGiveUp(request, now);
    }
  }

  private void retryOrGiveUp(Request request, long now) {
    AttemptOutcome refused = new AttemptOutcome.Answered(429, Optional.empty());
    Duration elapsed = Duration.ofNanos(now - request.firstTry);
    RetryDecision decision =
        retries.decide(new FailedAttempt("GET", request.attempt, refused, elapsed));
    if (decision.retry()) {
      request.attempt++;
      request.step = this::acquire;
      schedule(now + decision.delay().toNanos(), request);
    } else {
      givenUp++;
      nextRequest(now);
    }
  }

  private void nextRequest(long now) {
    schedule(now, new Request());
  }

  private long latency() {
    // One way, 5 to 100 ms, and jittery: answers come 10 to 200 ms after a request was sent.
    return Duration.ofMillis(5).toNanos() + random.nextLong(Duration.ofMillis(95).toNanos());
  }

  private void schedule(long at, Request request) {
    events.add(new Event(at, order++, request));
  }

  private record Event(long at, long order, Request request) {}

  /** One request, carried through its steps. */
  private final class Request {

    private Consumer<Request> step = PacingSimulation.this::acquire;
    private long firstTry = -1;
    private long sentAt;
    private int attempt = 1;
    private int status;
    private RateState state;
  }
}
