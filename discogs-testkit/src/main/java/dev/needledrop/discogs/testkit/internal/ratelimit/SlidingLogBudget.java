package dev.needledrop.discogs.testkit.internal.ratelimit;

import java.util.ArrayDeque;
import java.util.Deque;

/** Discogs' moving window: a request counts until one window length after it arrived. */
final class SlidingLogBudget implements Budget {

  private final int limit;
  private final long window;
  private final Deque<Long> arrivals = new ArrayDeque<>();

  SlidingLogBudget(int limit, long window) {
    this.limit = limit;
    this.window = window;
  }

  @Override
  public boolean tryCount(long now) {
    if (used(now) >= limit) {
      return false;
    }
    arrivals.addLast(now);
    return true;
  }

  @Override
  public int used(long now) {
    while (!arrivals.isEmpty() && now - arrivals.peekFirst() >= window) {
      arrivals.removeFirst();
    }
    return arrivals.size();
  }

  @Override
  public int limit() {
    return limit;
  }
}
