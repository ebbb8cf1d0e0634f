package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A track duration as Discogs wrote it ({@code "4:08"}, {@code "62:10"}, {@code "1:02:03"}, or
 * {@code ""}), with its parsed length where the text is a duration.
 */
public record TrackDuration(String raw) {

  // Digit runs are bounded so that the numbers always fit: free text must never throw.
  private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,9}):)?(\\d{1,9}):(\\d{1,2})");

  /** Creates a duration from the raw text; absent text reads as unknown. */
  public TrackDuration {
    raw = Values.text(raw);
  }

  /** Returns the duration of the given raw text. */
  public static TrackDuration of(String raw) {
    return new TrackDuration(raw);
  }

  /** Returns the length, or empty when the text is blank or not a duration. */
  public Optional<Duration> toDuration() {
    Matcher matcher = CLOCK.matcher(raw.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    long hours = matcher.group(1) == null ? 0 : Long.parseLong(matcher.group(1));
    long minutes = Long.parseLong(matcher.group(2));
    long seconds = Long.parseLong(matcher.group(3));
    if (seconds >= 60 || (matcher.group(1) != null && minutes >= 60)) {
      return Optional.empty();
    }
    return Optional.of(Duration.ofSeconds(hours * 3600 + minutes * 60 + seconds));
  }

  @Override
  public String toString() {
    return raw;
  }
}
