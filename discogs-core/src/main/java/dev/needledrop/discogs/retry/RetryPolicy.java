package dev.needledrop.discogs.retry;

/**
 * Decides, after each failed attempt of a call, whether to send it again and after how long.
 *
 * <p>Implementations are thread-safe and must never resend a request that may have changed
 * something on the server unless sending it twice is harmless: a POST that got no answer may have
 * created a collection instance, a listing or an order message. The adapter calls the policy only
 * for failures (an error status, a connection that failed); it never asks about a success. Waiting
 * for the rate limit is the {@code RateLimiter}'s business; the policy's delay comes on top.
 */
@FunctionalInterface
public interface RetryPolicy {

  /** Decides what to do after the failed attempt. */
  RetryDecision decide(FailedAttempt attempt);

  /** Returns a policy that never retries: every failure reaches the caller at once. */
  static RetryPolicy none() {
    return NoRetries.INSTANCE;
  }

  /** Returns the standard policy with its defaults; see {@link StandardRetryPolicy}. */
  static RetryPolicy standard() {
    return StandardRetryPolicy.builder().build();
  }
}
