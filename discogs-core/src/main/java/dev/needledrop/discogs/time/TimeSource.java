package dev.needledrop.discogs.time;

import java.time.Duration;

/**
 * A monotonic clock that can also pause the calling thread: what pacing and retries read and wait
 * with. Tests pass a virtual one, so that minutes of waiting run in no time.
 *
 * <p>Implementations are thread-safe. Only differences between two {@link #nanoTime()} values mean
 * anything, as with {@link System#nanoTime()}.
 */
public interface TimeSource {

  /** Returns the current time in nanoseconds, from an arbitrary origin. */
  long nanoTime();

  /**
   * Pauses the calling thread for the duration; returns at once for zero or less.
   *
   * @throws InterruptedException when the thread is interrupted while it waits
   */
  void sleep(Duration duration) throws InterruptedException;

  /** Returns the system's monotonic clock, pausing with {@link Thread#sleep}. */
  static TimeSource system() {
    return SystemTimeSource.INSTANCE;
  }
}
