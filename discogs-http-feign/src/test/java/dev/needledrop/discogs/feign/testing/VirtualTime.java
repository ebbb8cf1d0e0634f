package dev.needledrop.discogs.feign.testing;

import dev.needledrop.discogs.time.TimeSource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Virtual time for the adapter's tests: sleeping moves it forward at once, so that minutes of
 * backoff and pacing take no real time. Real I/O takes no virtual time. Thread-safe.
 */
public final class VirtualTime implements TimeSource {

  private final AtomicLong now = new AtomicLong();
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
  }

  /** Returns every sleep so far, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  /** Returns the time passed since the start. */
  public Duration elapsed() {
    return Duration.ofNanos(now.get());
  }
}
