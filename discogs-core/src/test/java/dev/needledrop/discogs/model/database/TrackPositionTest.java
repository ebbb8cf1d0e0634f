package dev.needledrop.discogs.model.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.model.database.TrackPosition.Parsed;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrackPositionTest {

  private static Parsed side(String side, int number) {
    return new Parsed(Optional.of(side), OptionalInt.empty(), number, Optional.empty());
  }

  private static Parsed disc(int disc, int number) {
    return new Parsed(Optional.empty(), OptionalInt.of(disc), number, Optional.empty());
  }

  @Nested
  class ParsedForm {

    @Test
    void readsASideAndATrackNumber() {
      assertThat(TrackPosition.of("B2").parsed()).contains(side("B", 2));
    }

    @Test
    void readsABareTrackNumber() {
      assertThat(TrackPosition.of("7").parsed())
          .contains(new Parsed(Optional.empty(), OptionalInt.empty(), 7, Optional.empty()));
    }

    @Test
    void readsADiscPrefixedWithLetters() {
      assertThat(TrackPosition.of("CD1-3").parsed()).contains(disc(1, 3));
    }

    @Test
    void readsADiscNumberWithLeadingZerosInTheTrack() {
      assertThat(TrackPosition.of("2-05").parsed()).contains(disc(2, 5));
    }

    @Test
    void readsADiscSeparatedByADot() {
      assertThat(TrackPosition.of("3.12").parsed()).contains(disc(3, 12));
    }

    @Test
    void readsASubTrackAfterADot() {
      assertThat(TrackPosition.of("1-02.a").parsed())
          .contains(new Parsed(Optional.empty(), OptionalInt.of(1), 2, Optional.of("a")));
    }

    @Test
    void readsASubTrackLetterOnASide() {
      assertThat(TrackPosition.of("A2b").parsed())
          .contains(new Parsed(Optional.of("A"), OptionalInt.empty(), 2, Optional.of("b")));
    }

    @Test
    void ignoresSurroundingSpaces() {
      assertThat(TrackPosition.of(" B2 ").parsed()).contains(side("B", 2));
    }
  }

  @Nested
  class NoParsedForm {

    /** Case B10: positions a helper must answer "unknown" for, never with an exception. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"AA", "Video", "", "0"})
    void forThePositionsThatCannotBeReadWithConfidence(String raw) {
      assertThat(TrackPosition.of(raw).parsed()).isEmpty();
    }

    @Test
    void forASideWithoutATrackNumberRatherThanInventingOne() {
      assertThat(TrackPosition.of("A").parsed()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"A0", "1-0", "00", "DVD", "a1", "A-B", "1-2-3", "12345678901"})
    void forOtherTextOutsideTheKnownPatterns(String raw) {
      assertThat(TrackPosition.of(raw).parsed()).isEmpty();
    }

    @Test
    void forDigitRunsTooLongForANumberInsteadOfThrowing() {
      assertThat(TrackPosition.of("A99999999999").parsed()).isEmpty();
      assertThat(TrackPosition.of("99999999999-1").parsed()).isEmpty();
    }
  }

  @Nested
  class Raw {

    /** Case B10: all nine positions of one tracklist keep their exact text. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"A", "AA", "B2", "CD1-3", "2-05", "1-02.a", "Video", "", "0"})
    void isKeptExactly(String raw) {
      assertThat(TrackPosition.of(raw).raw()).isEqualTo(raw);
      assertThat(TrackPosition.of(raw)).hasToString(raw);
    }

    @Test
    void readsNullAsEmpty() {
      assertThat(new TrackPosition(null).raw()).isEmpty();
    }
  }
}
