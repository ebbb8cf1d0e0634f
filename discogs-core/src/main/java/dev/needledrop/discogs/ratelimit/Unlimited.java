package dev.needledrop.discogs.ratelimit;

import java.time.Duration;

/** Allows every request at once. */
final class Unlimited implements RateLimiter {

  static final Unlimited INSTANCE = new Unlimited();

  private Unlimited() {}

  @Override
  public Duration tryAcquire() {
    return Duration.ZERO;
  }

  @Override
  public void onResponse(RateLimitFeedback feedback) {
    // Nothing to learn: this limiter never waits.
  }

  @Override
  public String toString() {
    return "RateLimiter.unlimited()";
  }
}
