package dev.needledrop.discogs.time;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes durations the way people read them in messages: {@code 350 ms}, {@code 2.1 s}, {@code 1
 * min 2 s}, {@code 1 h 5 min}, rather than ISO-8601's {@code PT1M2.148S}. Stateless and
 * thread-safe.
 */
public final class Durations {

  private Durations() {}

  /** Returns the duration in words, rounded to what matters at its size; never negative. */
  public static String words(Duration duration) {
    long millis = Math.max(0, Objects.requireNonNull(duration, "duration").toMillis());
    if (millis < 1_000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      String seconds = String.format(Locale.ROOT, "%.1f", millis / 1_000.0);
      return (seconds.endsWith(".0") ? seconds.substring(0, seconds.length() - 2) : seconds) + " s";
    }
    long seconds = millis / 1_000;
    if (seconds < 3_600) {
      return join(seconds / 60, "min", seconds % 60, "s");
    }
    return join(seconds / 3_600, "h", seconds % 3_600 / 60, "min");
  }

  private static String join(long large, String largeUnit, long small, String smallUnit) {
    return small == 0
        ? large + " " + largeUnit
        : large + " " + largeUnit + " " + small + " " + smallUnit;
  }
}
