package dev.needledrop.discogs.retry;

import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link RetryPolicy} decided after a failed attempt: send again after a delay, or give up.
 *
 * @param retry whether to send the call again
 * @param delay how long to wait first; zero when giving up
 */
public record RetryDecision(boolean retry, Duration delay) {

  private static final RetryDecision GIVE_UP = new RetryDecision(false, Duration.ZERO);

  /** Creates the decision, refusing a negative delay. */
  public RetryDecision {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, but was " + delay);
    }
  }

  /** Returns the decision to send again after the delay. */
  public static RetryDecision retryAfter(Duration delay) {
    return new RetryDecision(true, delay);
  }

  /** Returns the decision to give up. */
  public static RetryDecision giveUp() {
    return GIVE_UP;
  }
}
