package dev.needledrop.discogs.model.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.database.PartialDate.Precision;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Property-style checks over many generated strings: the lenient readers of Discogs' free-text
 * fields never throw, and what they do read is consistent. The seed is fixed so failures repeat.
 */
class FreeTextPropertiesTest {

  private static final long SEED = 0x5EED_D15C_065L;
  private static final int SAMPLES = 20_000;

  /** Fragments that steer generated text towards the edges of the parsers' patterns. */
  private static final List<String> FRAGMENTS =
      List.of(
          "0",
          "1",
          "2",
          "5",
          "9",
          "00",
          "05",
          "12",
          "31",
          "59",
          "60",
          "99",
          "1987",
          "0000",
          "99999999999",
          "2147483648",
          ":",
          ":",
          "-",
          "-",
          ".",
          " ",
          "A",
          "B",
          "AA",
          "CD",
          "a",
          "b",
          "T",
          "Z",
          "+",
          "/",
          "Video",
          "é",
          "٣",
          "０",
          "\u0000",
          "\n",
          "\t",
          "😀",
          "-08:00",
          "+05:30",
          "2019-03-04",
          "10:20:30",
          "");

  private static List<String> generatedTexts() {
    Random random = new Random(SEED);
    return IntStream.range(0, SAMPLES).mapToObj(i -> generatedText(random)).toList();
  }

  private static String generatedText(Random random) {
    StringBuilder text = new StringBuilder();
    int parts = random.nextInt(7);
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(4) == 0) {
        text.append((char) random.nextInt(0x3000));
      } else {
        text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
      }
    }
    return text.toString();
  }

  @Nested
  class OnArbitraryText {

    @Test
    void aTrackDurationNeverThrowsNeverGoesNegativeAndKeepsItsRawText() {
      for (String text : generatedTexts()) {
        TrackDuration duration = TrackDuration.of(text);

        assertThatNoException().as("\"%s\"", text).isThrownBy(duration::toDuration);
        duration
            .toDuration()
            .ifPresent(length -> assertThat(length.isNegative()).as("\"%s\"", text).isFalse());
        assertThat(duration.raw()).isEqualTo(text);
      }
    }

    @Test
    void aTrackPositionNeverThrowsAndOnlyReadsTrackNumbersFromOne() {
      for (String text : generatedTexts()) {
        TrackPosition position = TrackPosition.of(text);

        assertThatNoException().as("\"%s\"", text).isThrownBy(position::parsed);
        position
            .parsed()
            .ifPresent(parsed -> assertThat(parsed.number()).as("\"%s\"", text).isPositive());
        assertThat(position.raw()).isEqualTo(text);
      }
    }

    @Test
    void aPartialDateNeverThrowsAndItsPrecisionMatchesWhatItReturns() {
      for (String text : generatedTexts()) {
        PartialDate date = PartialDate.of(text);

        assertThatNoException().as("\"%s\"", text).isThrownBy(date::toLocalDate);
        Precision precision = date.precision();
        assertThat(date.toLocalDate().isPresent()).isEqualTo(precision == Precision.DAY);
        assertThat(date.toYearMonth().isPresent())
            .isEqualTo(precision == Precision.DAY || precision == Precision.MONTH);
        assertThat(date.toYear().isPresent()).isEqualTo(precision != Precision.NONE);
        assertThat(date.raw()).isEqualTo(text);
      }
    }

    @Test
    void aTimestampNeverThrows() {
      for (String text : generatedTexts()) {
        assertThatNoException()
            .as("\"%s\"", text)
            .isThrownBy(() -> Timestamp.of(text).toOffsetDateTime());
      }
    }

    @Test
    void rateLimitHeadersNeverThrowAndNeverYieldNegativeNumbers() {
      List<String> texts = generatedTexts();
      for (int i = 0; i + 2 < texts.size(); i += 3) {
        String limit = texts.get(i);
        String used = texts.get(i + 1);
        String remaining = texts.get(i + 2);

        assertThatNoException()
            .isThrownBy(() -> RateLimitSnapshot.fromHeaders(limit, used, remaining, Instant.EPOCH));
        RateLimitSnapshot.fromHeaders(limit, used, remaining, Instant.EPOCH)
            .ifPresent(snapshot -> assertThat(snapshot.used()).isNotNegative());
      }
    }
  }

  @Nested
  class OnWellFormedText {

    @Test
    void everyMinutesAndSecondsClockReadsAsItsLength() {
      Random random = new Random(SEED);
      for (int i = 0; i < SAMPLES; i++) {
        int minutes = random.nextInt(1000);
        int seconds = random.nextInt(60);
        String text = minutes + ":" + String.format("%02d", seconds);

        assertThat(TrackDuration.of(text).toDuration())
            .as(text)
            .contains(Duration.ofSeconds(minutes * 60L + seconds));
      }
    }

    @Test
    void everyHoursMinutesAndSecondsClockReadsAsItsLength() {
      Random random = new Random(SEED);
      for (int i = 0; i < SAMPLES; i++) {
        int hours = random.nextInt(100);
        int minutes = random.nextInt(60);
        int seconds = random.nextInt(60);
        String text = hours + ":" + String.format("%02d:%02d", minutes, seconds);

        assertThat(TrackDuration.of(text).toDuration())
            .as(text)
            .contains(Duration.ofSeconds(hours * 3600L + minutes * 60L + seconds));
      }
    }

    @Test
    void everySideAndTrackNumberReadsBack() {
      Random random = new Random(SEED);
      for (int i = 0; i < SAMPLES; i++) {
        String side = String.valueOf((char) ('A' + random.nextInt(26)));
        int number = 1 + random.nextInt(999);

        TrackPosition.Parsed parsed = TrackPosition.of(side + number).parsed().orElseThrow();

        assertThat(parsed.side()).contains(side);
        assertThat(parsed.number()).isEqualTo(number);
      }
    }

    @Test
    void everyRealDayReadsBackToTheDay() {
      long first = LocalDate.of(1, 1, 1).toEpochDay();
      long last = LocalDate.of(9999, 12, 31).toEpochDay();
      Random random = new Random(SEED);
      for (int i = 0; i < SAMPLES; i++) {
        LocalDate day = LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));

        PartialDate date = PartialDate.of(day.toString());

        assertThat(date.toLocalDate()).as(day.toString()).contains(day);
      }
    }
  }
}
