package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tracklist position as Discogs wrote it ({@code "A1"}, {@code "2-05"}, {@code "CD1-3"}, {@code
 * "1-02.a"}, {@code "Video"}, {@code ""}), with a parsed form where the text follows a common
 * pattern.
 *
 * <p>Positions are free text on Discogs. {@link #parsed()} is empty, never an exception, for text
 * it cannot read with confidence, such as {@code "AA"}, {@code "Video"}, {@code ""} or {@code "0"}.
 */
public record TrackPosition(String raw) {

  // Digit runs are bounded so that the numbers always fit in an int: free text must never throw.
  private static final Pattern POSITION =
      Pattern.compile(
          "(?:(?<side>[A-Z])|(?:[A-Za-z]{0,3}(?<disc>\\d{1,9})[-.]))?(?<number>\\d{1,9})"
              + "(?:\\.?(?<sub>[a-z]))?");

  /** Creates a position from the raw text; absent text reads as empty. */
  public TrackPosition {
    raw = Values.text(raw);
  }

  /** Returns the position of the given raw text. */
  public static TrackPosition of(String raw) {
    return new TrackPosition(raw);
  }

  /**
   * A position read as side or disc, track number and sub-track letter.
   *
   * @param side the vinyl or cassette side letter, such as {@code A}, when given
   * @param disc the disc number of a multi-disc release, when given
   * @param number the track number, at least 1
   * @param subTrack the sub-track letter, such as {@code a}, when given
   */
  public record Parsed(
      Optional<String> side, OptionalInt disc, int number, Optional<String> subTrack) {}

  /** Returns the parsed position, or empty when the text does not follow a known pattern. */
  public Optional<Parsed> parsed() {
    Matcher matcher = POSITION.matcher(raw.trim());
    if (!matcher.matches()) {
      return Optional.empty();
    }
    int number = Integer.parseInt(matcher.group("number"));
    if (number < 1) {
      return Optional.empty();
    }
    String disc = matcher.group("disc");
    return Optional.of(
        new Parsed(
            Optional.ofNullable(matcher.group("side")),
            disc == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(disc)),
            number,
            Optional.ofNullable(matcher.group("sub"))));
  }

  @Override
  public String toString() {
    return raw;
  }
}
