package dev.needledrop.discogs.time;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** Virtual time for tests: moves only when told to, or when something sleeps. Thread-safe. */
public final class ManualTime implements TimeSource {

  private final AtomicLong now = new AtomicLong();

  /** Moves the time forward. */
  public void advance(Duration step) {
    now.addAndGet(step.toNanos());
  }

  @Override
  public long nanoTime() {
    return now.get();
  }

  @Override
  public void sleep(Duration duration) {
    if (!duration.isNegative()) {
      advance(duration);
    }
  }
}
