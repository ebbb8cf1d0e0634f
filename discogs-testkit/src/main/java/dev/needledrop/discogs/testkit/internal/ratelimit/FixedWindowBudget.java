package dev.needledrop.discogs.testkit.internal.ratelimit;

/** Back-to-back windows, aligned on multiples of the length: the count restarts at each one. */
final class FixedWindowBudget implements Budget {

  private final int limit;
  private final long window;
  private long current = Long.MIN_VALUE;
  private int count;

  FixedWindowBudget(int limit, long window) {
    this.limit = limit;
    this.window = window;
  }

  @Override
  public boolean tryCount(long now) {
    if (used(now) >= limit) {
      return false;
    }
    count++;
    return true;
  }

  @Override
  public int used(long now) {
    long index = Math.floorDiv(now, window);
    if (index != current) {
      current = index;
      count = 0;
    }
    return count;
  }

  @Override
  public int limit() {
    return limit;
  }
}
