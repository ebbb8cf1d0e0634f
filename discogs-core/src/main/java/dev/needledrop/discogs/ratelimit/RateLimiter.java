package dev.needledrop.discogs.ratelimit;

import java.time.Duration;

/**
 * Decides when a request may be sent so that a client stays within Discogs' rate limit, learning
 * from the rate-limit headers of every response.
 *
 * <p>Before each attempt a client calls {@link #tryAcquire()} until it returns zero, waiting the
 * returned time in between; after each answer, errors and 429s included, it calls {@link
 * #onResponse}. Implementations are thread-safe: one limiter serves every thread and every client
 * that spends the same budget.
 *
 * <p>This is the extension point for users running several processes against one budget: an
 * implementation may keep its send log in a shared store and hand it to each process through {@code
 * DiscogsConfig.Builder.rateLimiter}. By default a client uses the in-process {@link
 * PacedRateLimiter} that {@link SharedRateLimiters} shares between the clients of one credential.
 */
public interface RateLimiter {

  /**
   * Takes a send slot if the budget allows a request now.
   *
   * @return zero when the request may be sent at once, which counts it as sent; otherwise how long
   *     to wait before asking again, counting nothing
   */
  Duration tryAcquire();

  /** Learns from the answer to a request sent after {@link #tryAcquire()} allowed it. */
  void onResponse(RateLimitFeedback feedback);

  /**
   * Returns a limiter that allows every request at once and learns nothing: pacing switched off.
   */
  static RateLimiter unlimited() {
    return Unlimited.INSTANCE;
  }
}
