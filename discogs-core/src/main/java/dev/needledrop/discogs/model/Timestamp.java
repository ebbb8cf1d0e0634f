package dev.needledrop.discogs.model;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A point in time as Discogs wrote it, kept as raw text with a lenient parsed form.
 *
 * <p>Discogs mostly writes ISO-8601 with an offset ({@code 2019-03-04T10:20:30-08:00}), sometimes
 * {@code Z}, inventory jobs without any offset, and one documented profile with a space instead of
 * {@code T}. Text without an offset is read as UTC.
 */
public record Timestamp(String raw) {

  /** Creates a timestamp from the text Discogs sent. */
  public Timestamp {
    Objects.requireNonNull(raw, "raw");
  }

  /** Returns the timestamp of the given text. */
  public static Timestamp of(String raw) {
    return new Timestamp(raw);
  }

  /** Returns the parsed instant with its offset, or empty when the text is not a timestamp. */
  public Optional<OffsetDateTime> toOffsetDateTime() {
    String text = raw.trim().replace(' ', 'T');
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text));
    } catch (DateTimeParseException withoutOffset) {
      return parseAsUtc(text);
    }
  }

  private static Optional<OffsetDateTime> parseAsUtc(String text) {
    try {
      return Optional.of(LocalDateTime.parse(text).atOffset(ZoneOffset.UTC));
    } catch (DateTimeParseException notATimestamp) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return raw;
  }
}
