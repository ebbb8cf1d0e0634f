package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release date as precise as Discogs knows it: a year, a year and month, a full day, or nothing.
 *
 * <p>Discogs writes {@code "1987"}, {@code "1987-07-00"} (month known, day not), {@code
 * "1987-07-27"}, or {@code ""}. Zero parts mean unknown: this type never invents a day or a month.
 * The raw text is kept for whatever else Discogs may write.
 */
public record PartialDate(String raw) {

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  private static final PartialDate ABSENT = new PartialDate("");

  /** Precision of a partial date. */
  public enum Precision {
    NONE,
    YEAR,
    MONTH,
    DAY
  }

  /** Creates a date from the raw text; absent text reads as an absent date. */
  public PartialDate {
    raw = Values.text(raw);
  }

  /** Returns the date of the given raw text. */
  public static PartialDate of(String raw) {
    return new PartialDate(raw);
  }

  /** Returns the absent date. */
  public static PartialDate absent() {
    return ABSENT;
  }

  /** Returns how much of the date is known. */
  public Precision precision() {
    if (day().isPresent()) {
      return Precision.DAY;
    }
    if (month().isPresent()) {
      return Precision.MONTH;
    }
    return year().isPresent() ? Precision.YEAR : Precision.NONE;
  }

  /** Returns the year, when known and not zero. */
  public OptionalInt year() {
    return part(1, 1, 9999);
  }

  /** Returns the month (1–12), when known. */
  public OptionalInt month() {
    return year().isPresent() ? part(2, 1, 12) : OptionalInt.empty();
  }

  /** Returns the day of the month, when known and valid for its month. */
  public OptionalInt day() {
    OptionalInt month = month();
    if (month.isEmpty()) {
      return OptionalInt.empty();
    }
    int length = YearMonth.of(year().getAsInt(), month.getAsInt()).lengthOfMonth();
    return part(3, 1, length);
  }

  /** Returns the year, when known. */
  public Optional<Year> toYear() {
    return year().isPresent() ? Optional.of(Year.of(year().getAsInt())) : Optional.empty();
  }

  /** Returns the year and month, when both are known. */
  public Optional<YearMonth> toYearMonth() {
    return month().isPresent()
        ? Optional.of(YearMonth.of(year().getAsInt(), month().getAsInt()))
        : Optional.empty();
  }

  /** Returns the full date, only when the day is known. */
  public Optional<LocalDate> toLocalDate() {
    return day().isPresent()
        ? Optional.of(toYearMonth().orElseThrow().atDay(day().getAsInt()))
        : Optional.empty();
  }

  /** Tells whether nothing at all is known of the date. */
  public boolean isAbsent() {
    return precision() == Precision.NONE;
  }

  private OptionalInt part(int group, int min, int max) {
    Matcher matcher = DATE.matcher(raw.trim());
    if (!matcher.matches() || matcher.group(group) == null) {
      return OptionalInt.empty();
    }
    int value = Integer.parseInt(matcher.group(group));
    return value >= min && value <= max ? OptionalInt.of(value) : OptionalInt.empty();
  }

  @Override
  public String toString() {
    return raw;
  }
}
