package dev.needledrop.discogs.retry;

import dev.needledrop.discogs.retry.AttemptOutcome.Answered;
import dev.needledrop.discogs.retry.AttemptOutcome.NoAnswer;
import dev.needledrop.discogs.retry.AttemptOutcome.NotSent;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The SDK's retry policy: retries what is safe to repeat, with exponential backoff and jitter,
 * within a number of attempts and a total time budget. Immutable and thread-safe.
 *
 * <ul>
 *   <li>429 (rate limited): any method, as the server refused the request before acting on it; at
 *       most {@link Builder#maxRateLimitedAttempts} attempts. When the 429 carries {@code
 *       Retry-After}, that is the server's word on when to try again: the retry comes after it
 *       (plus up to 10% jitter, at most one second), and the rate limiter, told the same, holds
 *       requests back only until then. Without it the retry comes after the backoff, and the
 *       limiter then holds it until its estimate says the window has room again (up to a whole
 *       window).
 *   <li>Server errors (500, 502, 503, 504, and Cloudflare's 520 to 524 by default, HTML pages
 *       included): GET, PUT and DELETE only, honouring {@code Retry-After} too.
 *   <li>A connection that never opened: any method, as nothing was sent.
 *   <li>A request sent without a complete answer (timeout, reset, body cut short): GET, PUT and
 *       DELETE only. A POST is never sent twice, since it may have been applied.
 * </ul>
 *
 * <p>The backoff before attempt {@code n + 1} is {@code min(maxBackoff, initialBackoff * 2^(n-1))},
 * of which a random half is waited ("equal jitter", so that clients failing together do not return
 * together). No retry is made whose wait would end past the time budget.
 */
public final class StandardRetryPolicy implements RetryPolicy {

  private final int maxAttempts;
  private final int maxRateLimitedAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxElapsed;
  private final Set<Integer> retryableStatuses;
  private final Optional<RandomGenerator> random;

  private StandardRetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.maxRateLimitedAttempts = builder.maxRateLimitedAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.maxElapsed = builder.maxElapsed;
    this.retryableStatuses = Set.copyOf(builder.retryableStatuses);
    this.random = builder.random;
  }

  /** Returns a builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public RetryDecision decide(FailedAttempt attempt) {
    Objects.requireNonNull(attempt, "attempt");
    return delayBefore(attempt)
        .filter(delay -> attempt.elapsed().plus(delay).compareTo(maxElapsed) <= 0)
        .map(RetryDecision::retryAfter)
        .orElse(RetryDecision.giveUp());
  }

  /** Returns the time budget of one call, its attempts and waits together. */
  public Duration maxElapsed() {
    return maxElapsed;
  }

  @Override
  public String toString() {
    return "StandardRetryPolicy[maxAttempts="
        + maxAttempts
        + ", maxRateLimitedAttempts="
        + maxRateLimitedAttempts
        + ", backoff "
        + initialBackoff
        + " to "
        + maxBackoff
        + ", within "
        + maxElapsed
        + ", statuses "
        + new TreeSet<>(retryableStatuses)
        + "]";
  }

  private Optional<Duration> delayBefore(FailedAttempt attempt) {
    AttemptOutcome outcome = attempt.outcome();
    if (outcome instanceof Answered answered) {
      return afterAnswer(attempt, answered);
    }
    if (outcome instanceof NotSent) {
      return backoffWithin(attempt, maxAttempts);
    }
    if (outcome instanceof NoAnswer && attempt.isIdempotent()) {
      return backoffWithin(attempt, maxAttempts);
    }
    return Optional.empty();
  }

  private Optional<Duration> afterAnswer(FailedAttempt attempt, Answered answered) {
    if (answered.status() == 429) {
      return waitWithin(attempt, answered, maxRateLimitedAttempts);
    }
    if (retryableStatuses.contains(answered.status()) && attempt.isIdempotent()) {
      return waitWithin(attempt, answered, maxAttempts);
    }
    return Optional.empty();
  }

  private Optional<Duration> waitWithin(FailedAttempt attempt, Answered answered, int attempts) {
    if (attempt.attempt() >= attempts) {
      return Optional.empty();
    }
    return Optional.of(
        answered.retryAfter().map(this::withJitter).orElseGet(() -> backoff(attempt.attempt())));
  }

  private Optional<Duration> backoffWithin(FailedAttempt attempt, int attempts) {
    return attempt.attempt() >= attempts
        ? Optional.empty()
        : Optional.of(backoff(attempt.attempt()));
  }

  private Duration backoff(int attempt) {
    long ceiling = maxBackoff.toNanos();
    long full = initialBackoff.toNanos();
    for (int i = 1; i < attempt && full < ceiling; i++) {
      full = full > ceiling / 2 ? ceiling : full * 2;
    }
    full = Math.min(full, ceiling);
    return Duration.ofNanos(full / 2 + (long) (random().nextDouble() * (full - full / 2)));
  }

  private Duration withJitter(Duration retryAfter) {
    long spread = Math.min(retryAfter.toNanos() / 10, Duration.ofSeconds(1).toNanos());
    return retryAfter.plusNanos((long) (random().nextDouble() * spread));
  }

  private RandomGenerator random() {
    return random.orElseGet(ThreadLocalRandom::current);
  }

  /** Builds a {@link StandardRetryPolicy}. */
  public static final class Builder {

    private int maxAttempts = 4;
    private int maxRateLimitedAttempts = 6;
    private Duration initialBackoff = Duration.ofSeconds(1);
    private Duration maxBackoff = Duration.ofSeconds(30);
    private Duration maxElapsed = Duration.ofSeconds(90);
    private Set<Integer> retryableStatuses =
        IntStream.of(500, 502, 503, 504, 520, 521, 522, 523, 524)
            .boxed()
            .collect(Collectors.toUnmodifiableSet());
    private Optional<RandomGenerator> random = Optional.empty();

    private Builder() {}

    /**
     * Sets how many attempts a call gets in all against server errors and connection failures; 4 by
     * default (three retries). 1 turns those retries off.
     */
    public Builder maxAttempts(int attempts) {
      this.maxAttempts = requireAtLeastOne(attempts, "maxAttempts");
      return this;
    }

    /** Sets how many attempts a call gets in all against 429 answers; 6 by default. */
    public Builder maxRateLimitedAttempts(int attempts) {
      this.maxRateLimitedAttempts = requireAtLeastOne(attempts, "maxRateLimitedAttempts");
      return this;
    }

    /** Sets the backoff before the first retry and its ceiling; 1 and 30 seconds by default. */
    public Builder backoff(Duration initial, Duration max) {
      this.initialBackoff = requireNotNegative(initial, "initial backoff");
      this.maxBackoff = requireNotNegative(max, "max backoff");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException(
            "max backoff must not be below the initial one, but was " + max + " < " + initial);
      }
      return this;
    }

    /** Sets the time budget of a call, attempts and waits together; 90 seconds by default. */
    public Builder maxElapsed(Duration budget) {
      this.maxElapsed = requireNotNegative(budget, "maxElapsed");
      return this;
    }

    /** Sets the server-error statuses retried for GET, PUT and DELETE. */
    public Builder retryableStatuses(Set<Integer> statuses) {
      Objects.requireNonNull(statuses, "statuses");
      statuses.forEach(
          status -> {
            if (status < 500 || status > 599) {
              throw new IllegalArgumentException(
                  "only server errors (5xx) are retried as such, but got " + status);
            }
          });
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /**
     * Sets the source of jitter, for repeatable tests; it must be thread-safe when calls run
     * concurrently. A thread-local random by default.
     */
    public Builder random(RandomGenerator random) {
      this.random = Optional.of(Objects.requireNonNull(random, "random"));
      return this;
    }

    /** Builds the policy. */
    public StandardRetryPolicy build() {
      return new StandardRetryPolicy(this);
    }

    private static int requireAtLeastOne(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, but was " + value);
      }
      return value;
    }

    private static Duration requireNotNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, but was " + value);
      }
      return value;
    }
  }
}
