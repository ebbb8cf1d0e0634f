package dev.needledrop.discogs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampTest {

  @Nested
  class ToOffsetDateTime {

    @Test
    void readsANegativeOffset() {
      assertThat(Timestamp.of("2019-03-04T10:20:30-08:00").toOffsetDateTime())
          .contains(OffsetDateTime.of(2019, 3, 4, 10, 20, 30, 0, ZoneOffset.ofHours(-8)));
    }

    @Test
    void readsAPositiveOffset() {
      assertThat(Timestamp.of("2014-01-01T12:00:00+05:30").toOffsetDateTime())
          .contains(OffsetDateTime.of(2014, 1, 1, 12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    }

    @Test
    void readsZuluAsUtc() {
      assertThat(Timestamp.of("2020-11-30T23:59:59Z").toOffsetDateTime())
          .contains(OffsetDateTime.of(2020, 11, 30, 23, 59, 59, 0, ZoneOffset.UTC));
    }

    @Test
    void readsTextWithoutAnOffsetAsUtc() {
      assertThat(Timestamp.of("2018-04-04T13:17:08").toOffsetDateTime())
          .contains(OffsetDateTime.of(2018, 4, 4, 13, 17, 8, 0, ZoneOffset.UTC));
    }

    @Test
    void readsASpaceInsteadOfTheT() {
      assertThat(Timestamp.of("2012-08-15 21:13:36").toOffsetDateTime())
          .contains(OffsetDateTime.of(2012, 8, 15, 21, 13, 36, 0, ZoneOffset.UTC));
    }

    @Test
    void readsASpaceInsteadOfTheTWithAnOffset() {
      assertThat(Timestamp.of("2012-08-15 21:13:36-07:00").toOffsetDateTime())
          .contains(OffsetDateTime.of(2012, 8, 15, 21, 13, 36, 0, ZoneOffset.ofHours(-7)));
    }

    @Test
    void readsFractionsOfSeconds() {
      assertThat(Timestamp.of("2021-05-06T07:08:09.250Z").toOffsetDateTime())
          .contains(OffsetDateTime.of(2021, 5, 6, 7, 8, 9, 250_000_000, ZoneOffset.UTC));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "",
          "   ",
          "garbage",
          "2019-03-04",
          "10:20:30",
          "2019-13-04T10:20:30Z",
          "2019-02-30T10:20:30",
          "2019-03-04T25:00:00",
          "2019/03/04 10:20:30",
          "1551723630"
        })
    void isEmptyForTextThatIsNotATimestamp(String raw) {
      assertThat(Timestamp.of(raw).toOffsetDateTime()).isEmpty();
    }
  }

  @Nested
  class Raw {

    @Test
    void isKeptExactlyAsSentEvenWhenItDoesNotParse() {
      assertThat(Timestamp.of(" not a date ").raw()).isEqualTo(" not a date ");
      assertThat(Timestamp.of("2012-08-15 21:13:36")).hasToString("2012-08-15 21:13:36");
    }

    @Test
    void isRequired() {
      assertThatNullPointerException().isThrownBy(() -> Timestamp.of(null)).withMessage("raw");
    }
  }
}
