package dev.needledrop.discogs.testkit.internal.market;

import dev.needledrop.discogs.model.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * The marketplace's times: listings and orders carry an offset ({@code 2024-01-05T10:00:00+00:00}),
 * inventory jobs none ({@code 2018-09-27T12:59:02}), HTTP headers the IMF-fixdate.
 */
final class Times {

  private static final DateTimeFormatter WITH_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);
  private static final DateTimeFormatter WITHOUT_OFFSET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);
  private static final DateTimeFormatter FILE_STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

  private Times() {}

  static String withOffset(Instant instant) {
    return WITH_OFFSET.format(utc(instant));
  }

  static String withoutOffset(Instant instant) {
    return WITHOUT_OFFSET.format(utc(instant));
  }

  static String httpDate(Instant instant) {
    return HTTP_DATE.format(utc(instant));
  }

  static String fileStamp(Instant instant) {
    return FILE_STAMP.format(utc(instant));
  }

  /** Parses an HTTP date such as {@code Sun, 06 Nov 1994 08:49:37 GMT}; empty when it is not. */
  static Optional<Instant> parseHttpDate(String text) {
    try {
      return Optional.of(
          DateTimeFormatter.RFC_1123_DATE_TIME
              .parse(text.trim(), OffsetDateTime::from)
              .toInstant());
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }

  /** Parses a time as Discogs writes it, with or without offset; empty when it is not one. */
  static Optional<Instant> parse(String text) {
    return Timestamp.of(text).toOffsetDateTime().map(OffsetDateTime::toInstant);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
  }
}
