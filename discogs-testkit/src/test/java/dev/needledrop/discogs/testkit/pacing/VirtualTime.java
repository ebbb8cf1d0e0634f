package dev.needledrop.discogs.testkit.pacing;

import dev.needledrop.discogs.time.TimeSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Simulated time, moved only by the simulation: a {@link TimeSource} for the client and a {@link
 * Clock} for the server, both reading the same instant. Single-threaded.
 */
final class VirtualTime implements TimeSource {

  private final Instant origin;
  private long now;

  VirtualTime(Instant origin) {
    this.origin = origin;
  }

  void moveTo(long nanos) {
    if (nanos < now) {
      throw new IllegalStateException("time must not go backwards");
    }
    now = nanos;
  }

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public void sleep(Duration duration) {
    throw new UnsupportedOperationException("the simulation schedules waits as events");
  }

  Clock clock() {
    return new Clock() {
      @Override
      public ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return origin.plusNanos(now);
      }
    };
  }
}
