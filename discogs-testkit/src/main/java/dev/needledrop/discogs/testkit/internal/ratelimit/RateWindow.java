package dev.needledrop.discogs.testkit.internal.ratelimit;

import dev.needledrop.discogs.testkit.internal.auth.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Discogs' moving rate-limit window, per client identity: a request counts for one window length
 * from when it was made. Callers with credentials get the higher limit. Thread-safe.
 */
public final class RateWindow {

  private final int authenticatedLimit;
  private final int anonymousLimit;
  private final Duration length;
  private final Clock clock;
  private final Map<String, Deque<Instant>> requests = new HashMap<>();

  /** Creates a window with the given limits, length and clock. */
  public RateWindow(int authenticatedLimit, int anonymousLimit, Duration length, Clock clock) {
    this.authenticatedLimit = authenticatedLimit;
    this.anonymousLimit = anonymousLimit;
    this.length = length;
    this.clock = clock;
  }

  /** The outcome of counting a request: whether it may proceed and the state to report. */
  public record Admission(boolean allowed, RateState state) {}

  /** Counts a request of the caller, unless the window is full. */
  public synchronized Admission admit(Caller caller) {
    Deque<Instant> times = current(caller);
    int limit = limitOf(caller);
    if (times.size() >= limit) {
      return new Admission(false, new RateState(limit, times.size()));
    }
    times.addLast(clock.instant());
    return new Admission(true, new RateState(limit, times.size()));
  }

  /** Returns the caller's state without counting a request. */
  public synchronized RateState peek(Caller caller) {
    return new RateState(limitOf(caller), current(caller).size());
  }

  /** Forgets every request counted so far. */
  public synchronized void reset() {
    requests.clear();
  }

  private Deque<Instant> current(Caller caller) {
    Deque<Instant> times = requests.computeIfAbsent(caller.rateKey(), key -> new ArrayDeque<>());
    Instant oldestCounted = clock.instant().minus(length);
    while (!times.isEmpty() && !times.peekFirst().isAfter(oldestCounted)) {
      times.removeFirst();
    }
    return times;
  }

  private int limitOf(Caller caller) {
    return caller.isAnonymous() ? anonymousLimit : authenticatedLimit;
  }
}
