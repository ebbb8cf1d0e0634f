package dev.needledrop.discogs.testkit.internal.ratelimit;

import dev.needledrop.discogs.testkit.RateWindowRule;
import java.time.Duration;

/**
 * One identity's rate-limit budget under one window rule. Times are nanoseconds from any origin and
 * must not go backwards. Not thread-safe: its owner serialises calls.
 */
public interface Budget {

  /** Counts a request arriving at the time, unless the budget is spent; tells which. */
  boolean tryCount(long now);

  /** Returns how many requests the budget counts as used at the time. */
  int used(long now);

  /** Returns the requests allowed per window. */
  int limit();

  /** Returns a fresh budget following the rule. */
  static Budget create(RateWindowRule rule, int limit, Duration window) {
    long length = window.toNanos();
    return switch (rule) {
      case SLIDING_LOG -> new SlidingLogBudget(limit, length);
      case FIXED_WINDOW -> new FixedWindowBudget(limit, length);
      case TOKEN_BUCKET -> new TokenBucketBudget(limit, length);
    };
  }
}
