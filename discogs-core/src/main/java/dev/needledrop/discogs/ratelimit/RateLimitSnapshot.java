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

  private static final int ABSENT = -1;
  private static final int MAX_DIGITS = 9;

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
    int parsedLimit = count(limit);
    int parsedRemaining = count(remaining);
    if (parsedLimit == ABSENT || parsedRemaining == ABSENT) {
      return Optional.empty();
    }
    int parsedUsed = count(used);
    int usedCount = parsedUsed == ABSENT ? Math.max(parsedLimit - parsedRemaining, 0) : parsedUsed;
    return Optional.of(new RateLimitSnapshot(parsedLimit, usedCount, parsedRemaining, observedAt));
  }

  /** Tells whether the window is spent. */
  public boolean isExhausted() {
    return remaining == 0;
  }

  // Read on every answer: a loop over at most nine digits, without a regex or boxing.
  private static int count(String value) {
    if (value == null) {
      return ABSENT;
    }
    String digits = value.trim();
    if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
      return ABSENT;
    }
    int number = 0;
    for (int i = 0; i < digits.length(); i++) {
      char digit = digits.charAt(i);
      if (digit < '0' || digit > '9') {
        return ABSENT;
      }
      number = number * 10 + (digit - '0');
    }
    return number;
  }

  @Override
  public String toString() {
    return "limit " + limit + ", used " + used + ", remaining " + remaining;
  }
}
