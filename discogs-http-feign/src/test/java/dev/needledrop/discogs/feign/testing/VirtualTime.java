package dev.needledrop.discogs.feign.testing;

import dev.needledrop.discogs.testkit.ManualClock;
import dev.needledrop.discogs.time.TimeSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time for the adapter's tests: sleeping moves it forward at once, so that minutes of
 * backoff and pacing take no real time. Real I/O takes no virtual time. Thread-safe.
 */
public final class VirtualTime implements TimeSource {

  private final AtomicLong now = new AtomicLong();
  private final ManualClock clock = ManualClock.startingAt(Instant.EPOCH);
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public long nanoTime() {
    return now.get();
  }

  @Override
  public void sleep(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    sleeps.add(duration);
    now.addAndGet(duration.toNanos());
    clock.advance(duration);
  }

  /** Returns every sleep so far, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /**
   * Returns a wall clock that moves with this time, from the epoch, for a stub server whose rate
   * window must see the same time as the client's limiter.
   */
  public Clock clock() {
    return clock;
  }

  /** Returns the time passed since the start. */
  public Duration elapsed() {
    return Duration.ofNanos(now.get());
  }
}
