package dev.needledrop.discogs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

  @Nested
  class Refuses {

    @ParameterizedTest(name = "blank \"{0}\"")
    @ValueSource(strings = {"", " ", "\t", "   "})
    void blankValues(String value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Username.of(value))
          .withMessage("username must not be blank");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {".", ".."})
    void theDotSegmentsThatWouldChangeTheUrlPath(String value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Username.of(value))
          .withMessageContaining("'.' or '..'");
    }

    @ParameterizedTest(name = "control character U+{0}")
    @ValueSource(ints = {0x00, 0x0A, 0x0D, 0x1B, 0x7F, 0x85})
    void controlCharactersWithoutEchoingThem(int controlCharacter) {
      String value = "rick" + (char) controlCharacter + "astley";

      assertThatIllegalArgumentException()
          .isThrownBy(() -> Username.of(value))
          .withMessage("username must not contain control characters");
    }

    @Test
    void null_() {
      assertThatNullPointerException().isThrownBy(() -> Username.of(null));
    }
  }

  @Nested
  class Keeps {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
        strings = {
          "rodneyfool",
          "DJ Shadow",
          "a/b",
          "plus+sign",
          "Ñandú",
          "ビートルズ",
          "Борис",
          "...",
          ".hidden",
          " padded "
        })
    void valuesThatCanNameAUserExactlyAsGiven(String value) {
      Username username = Username.of(value);

      assertThat(username.value()).isEqualTo(value);
      assertThat(username).hasToString(value);
    }
  }
}
