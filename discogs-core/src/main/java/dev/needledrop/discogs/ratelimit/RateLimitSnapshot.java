package dev.needledrop.discogs.ratelimit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The rate-limit state Discogs reported on a response: the limit of its moving 60-second window,
 * how much of it is used, and how much remains.
 *
 * @param limit requests allowed in the window ({@code X-Discogs-Ratelimit})
 * @param used requests counted in the window ({@code X-Discogs-Ratelimit-Used})
 * @param remaining requests left in the window ({@code X-Discogs-Ratelimit-Remaining})
 * @param observedAt when the response carrying these numbers arrived
 */
public record RateLimitSnapshot(int limit, int used, int remaining, Instant observedAt) {

  /** Creates a snapshot, refusing negative numbers. */
  public RateLimitSnapshot {
    if (limit < 0 || used < 0 || remaining < 0) {
      throw new IllegalArgumentException(
          "rate-limit numbers must not be negative: " + limit + "/" + used + "/" + remaining);
    }
    Objects.requireNonNull(observedAt, "observedAt");
  }

  /**
   * Reads the three header values, or returns empty when the limit or the remaining count is
   * missing or not a number. A missing used count is derived from the other two.
   */
  public static Optional<RateLimitSnapshot> fromHeaders(
      String limit, String used, String remaining, Instant observedAt) {
    Optional<Integer> parsedLimit = parse(limit);
    Optional<Integer> parsedRemaining = parse(remaining);
    if (parsedLimit.isEmpty() || parsedRemaining.isEmpty()) {
      return Optional.empty();
    }
    int usedCount = parse(used).orElse(Math.max(parsedLimit.get() - parsedRemaining.get(), 0));
    return Optional.of(
        new RateLimitSnapshot(parsedLimit.get(), usedCount, parsedRemaining.get(), observedAt));
  }

  /** Tells whether the window is spent. */
  public boolean isExhausted() {
    return remaining == 0;
  }

  private static Optional<Integer> parse(String value) {
    if (value == null || !value.trim().matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(value.trim()));
  }

  @Override
  public String toString() {
    return "limit " + limit + ", used " + used + ", remaining " + remaining;
  }
}
