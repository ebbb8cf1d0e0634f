package dev.needledrop.discogs.time;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The system's monotonic clock. */
final class SystemTimeSource implements TimeSource {

  static final SystemTimeSource INSTANCE = new SystemTimeSource();

  private SystemTimeSource() {}

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    TimeUnit.NANOSECONDS.sleep(duration.toNanos());
  }

  @Override
  public String toString() {
    return "TimeSource.system()";
  }
}
