package dev.needledrop.discogs.model.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrackDurationTest {

  @Nested
  class ToDuration {

    /** Case B09: the durations of one tracklist, in order. */
    @ParameterizedTest(name = "\"{0}\" lasts {1} s")
    @CsvSource({"4:08, 248", "62:10, 3730", "1:02:03, 3723", "0:45, 45"})
    void readsTheClockFormsDiscogsWrites(String raw, long seconds) {
      assertThat(TrackDuration.of(raw).toDuration()).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void readsAnEmptyDurationAsAbsent() {
      assertThat(TrackDuration.of("").toDuration()).isEmpty();
    }

    @Test
    void readsANullDurationAsAnEmptyRawAndAbsent() {
      TrackDuration duration = new TrackDuration(null);

      assertThat(duration.raw()).isEmpty();
      assertThat(duration.toDuration()).isEmpty();
    }

    @Test
    void ignoresSurroundingSpaces() {
      assertThat(TrackDuration.of(" 3:30 ").toDuration()).contains(Duration.ofSeconds(210));
    }

    @Test
    void readsZeroAsAZeroLength() {
      assertThat(TrackDuration.of("0:00").toDuration()).contains(Duration.ZERO);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "garbage",
          "4",
          "4:",
          ":08",
          "4:60",
          "4:081",
          "1:60:00",
          "-4:08",
          "4.08",
          "4'08\"",
          "1:02:03:04",
          "PT4M8S",
          "99999999999999999999:00",
          "1:99999999999999999999:00"
        })
    void isEmptyForTextThatIsNotADuration(String raw) {
      assertThat(TrackDuration.of(raw).toDuration()).isEmpty();
    }
  }

  @Nested
  class Raw {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "4:08", "62:10", "1:02:03", "0:45", "garbage", " 3:30 "})
    void isKeptExactly(String raw) {
      assertThat(TrackDuration.of(raw).raw()).isEqualTo(raw);
      assertThat(TrackDuration.of(raw)).hasToString(raw);
    }
  }
}
