package dev.needledrop.discogs.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock a test moves by hand, for a stub server or a fake whose windows, expiries and timestamps
 * must pass without waiting: give it to {@code StubDiscogsServer.builder().clock(...)}, then {@link
 * #advance(Duration) advance} it. Always in UTC. Thread-safe.
 */
public final class ManualClock extends Clock {

  private static final Instant DEFAULT_START = Instant.parse("2024-01-01T00:00:00Z");

  private volatile Instant now;

  private ManualClock(Instant start) {
    this.now = start;
  }

  /** Returns a clock standing at 2024-01-01T00:00:00Z. */
  public static ManualClock start() {
    return startingAt(DEFAULT_START);
  }

  /** Returns a clock standing at the given instant. */
  public static ManualClock startingAt(Instant start) {
    return new ManualClock(Objects.requireNonNull(start, "start"));
  }

  /**
   * Moves the clock forward.
   *
   * @throws IllegalArgumentException when the step is negative: time in a test only moves on
   */
  public synchronized void advance(Duration step) {
    Objects.requireNonNull(step, "step");
    if (step.isNegative()) {
      throw new IllegalArgumentException("a clock only moves forward, but the step was " + step);
    }
    now = now.plus(step);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public String toString() {
    return "ManualClock[" + now + "]";
  }
}
