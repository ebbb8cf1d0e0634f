package dev.needledrop.discogs.feign.internal.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: a number of seconds or an HTTP date. */
public final class RetryAfter {

  private RetryAfter() {}

  /**
   * Returns how long the server asked to wait, or empty when the value is absent or unreadable. A
   * date in the past reads as zero.
   */
  public static Optional<Duration> parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String trimmed = value.trim();
    if (trimmed.matches("\\d{1,9}")) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
    }
    return date(trimmed).map(at -> Duration.between(now, at)).map(RetryAfter::notNegative);
  }

  private static Optional<Instant> date(String text) {
    try {
      return Optional.of(
          ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  private static Duration notNegative(Duration wait) {
    return wait.isNegative() ? Duration.ZERO : wait;
  }
}
