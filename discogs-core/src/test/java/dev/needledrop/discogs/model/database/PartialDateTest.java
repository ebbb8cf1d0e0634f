package dev.needledrop.discogs.model.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.model.database.PartialDate.Precision;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Nested
  class DayPrecision {

    @Test
    void aFullDateIsKnownToTheDay() {
      PartialDate date = PartialDate.of("1987-07-27");

      assertThat(date.precision()).isEqualTo(Precision.DAY);
      assertThat(date.toLocalDate()).contains(LocalDate.of(1987, 7, 27));
      assertThat(date.toYearMonth()).contains(YearMonth.of(1987, 7));
      assertThat(date.toYear()).contains(Year.of(1987));
    }

    @Test
    void aLeapDayIsValidInALeapYear() {
      assertThat(PartialDate.of("1988-02-29").toLocalDate()).contains(LocalDate.of(1988, 2, 29));
    }

    @Test
    void singleDigitPartsAreRead() {
      assertThat(PartialDate.of("1987-7-5").toLocalDate()).contains(LocalDate.of(1987, 7, 5));
    }
  }

  @Nested
  class MonthPrecision {

    @Test
    void aZeroDayMeansTheDayIsUnknownAndNoDayIsInvented() {
      PartialDate date = PartialDate.of("1999-06-00");

      assertThat(date.precision()).isEqualTo(Precision.MONTH);
      assertThat(date.toYearMonth()).contains(YearMonth.of(1999, 6));
      assertThat(date.day()).isEmpty();
      assertThat(date.toLocalDate()).isEmpty();
    }

    @Test
    void anInvalidDayIsDroppedAndTheMonthKept() {
      PartialDate date = PartialDate.of("1987-02-31");

      assertThat(date.precision()).isEqualTo(Precision.MONTH);
      assertThat(date.toYearMonth()).contains(YearMonth.of(1987, 2));
      assertThat(date.toLocalDate()).isEmpty();
    }

    @Test
    void february29thOfACommonYearIsDropped() {
      assertThat(PartialDate.of("1987-02-29").precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void aYearAndMonthWithoutDayIsKnownToTheMonth() {
      assertThat(PartialDate.of("2001-11").toYearMonth()).contains(YearMonth.of(2001, 11));
    }
  }

  @Nested
  class YearPrecision {

    @Test
    void aBareYearIsKnownToTheYear() {
      PartialDate date = PartialDate.of("1987");

      assertThat(date.precision()).isEqualTo(Precision.YEAR);
      assertThat(date.year()).hasValue(1987);
      assertThat(date.toYear()).contains(Year.of(1987));
      assertThat(date.month()).isEmpty();
      assertThat(date.toYearMonth()).isEmpty();
      assertThat(date.toLocalDate()).isEmpty();
    }

    @Test
    void zeroMonthAndDayLeaveOnlyTheYear() {
      assertThat(PartialDate.of("1975-00-00").precision()).isEqualTo(Precision.YEAR);
    }

    @Test
    void anInvalidMonthLeavesOnlyTheYear() {
      PartialDate date = PartialDate.of("1987-13-01");

      assertThat(date.precision()).isEqualTo(Precision.YEAR);
      assertThat(date.day()).isEmpty();
    }

    @Test
    void surroundingSpacesAreIgnored() {
      assertThat(PartialDate.of(" 1987 ").year()).hasValue(1987);
    }
  }

  @Nested
  class NoPrecision {

    @Test
    void emptyTextIsAbsent() {
      assertThat(PartialDate.of("").precision()).isEqualTo(Precision.NONE);
      assertThat(PartialDate.of("").isAbsent()).isTrue();
    }

    @Test
    void nullTextIsAbsentWithEmptyRaw() {
      PartialDate date = new PartialDate(null);

      assertThat(date.raw()).isEmpty();
      assertThat(date.isAbsent()).isTrue();
    }

    @Test
    void theSharedAbsentDateKnowsNothing() {
      assertThat(PartialDate.absent().isAbsent()).isTrue();
      assertThat(PartialDate.absent().raw()).isEmpty();
    }

    @Test
    void yearZeroIsUnknownAndSoIsWhateverFollowsIt() {
      assertThat(PartialDate.of("0000").precision()).isEqualTo(Precision.NONE);
      assertThat(PartialDate.of("0000-06-15").precision()).isEqualTo(Precision.NONE);
      assertThat(PartialDate.of("0000-06-15").toLocalDate()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {"garbage", "87", "1987-", "19870727", "1987/07/27", "Jul 1987", "1987-07-27T"})
    void garbageIsAbsent(String raw) {
      PartialDate date = PartialDate.of(raw);

      assertThat(date.precision()).isEqualTo(Precision.NONE);
      assertThat(date.toYear()).isEmpty();
    }
  }

  @Nested
  class Raw {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1999-06-00", "1987", "", "1987-02-31", "0000", "garbage", " 1987 "})
    void isAlwaysKeptExactly(String raw) {
      assertThat(PartialDate.of(raw).raw()).isEqualTo(raw);
      assertThat(PartialDate.of(raw)).hasToString(raw);
    }
  }
}
