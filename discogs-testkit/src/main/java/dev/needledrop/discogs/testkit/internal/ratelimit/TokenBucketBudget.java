package dev.needledrop.discogs.testkit.internal.ratelimit;

/**
 * A bucket of {@code limit} tokens, full at first, refilled evenly with {@code limit} tokens per
 * window; each request takes one. It reports as used the tokens missing from a full bucket.
 */
final class TokenBucketBudget implements Budget {

  private final int limit;
  private final long window;
  private double tokens;
  private long refilledAt;
  private boolean started;

  TokenBucketBudget(int limit, long window) {
    this.limit = limit;
    this.window = window;
    this.tokens = limit;
  }

  @Override
  public boolean tryCount(long now) {
    refill(now);
    if (tokens < 1) {
      return false;
    }
    tokens -= 1;
    return true;
  }

  @Override
  public int used(long now) {
    refill(now);
    return limit - (int) Math.floor(tokens);
  }

  @Override
  public int limit() {
    return limit;
  }

  private void refill(long now) {
    if (started) {
      tokens = Math.min(limit, tokens + (double) (now - refilledAt) * limit / window);
    }
    started = true;
    refilledAt = now;
  }
}
