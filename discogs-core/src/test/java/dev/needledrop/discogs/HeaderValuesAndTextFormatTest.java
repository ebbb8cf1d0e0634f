package dev.needledrop.discogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderValuesAndTextFormatTest {

  @Nested
  class RequireSafe {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x0A, 0x0D, 0x1F, 0x7F})
    void refusesControlCharactersNamingTheHeaderButNotTheValue(int control) {
      String value = "secret-value" + (char) control;

      assertThatIllegalArgumentException()
          .isThrownBy(() -> HeaderValues.requireSafe(value, "Authorization"))
          .withMessageStartingWith("Authorization must not contain")
          .withMessageNotContaining("secret-value");
    }

    @Test
    void keepsOrdinaryValuesAndTabs() {
      assertThat(HeaderValues.requireSafe("Discogs token=abc\tx", "Authorization"))
          .isEqualTo("Discogs token=abc\tx");
      assertThat(HeaderValues.requireSafe("Ünïcödé/1.0", "User-Agent")).isEqualTo("Ünïcödé/1.0");
    }
  }

  @Nested
  class AcceptHeader {

    @Test
    void namesTheDiscogsMediaTypeOfEachFormat() {
      assertThat(TextFormat.DISCOGS.acceptHeader())
          .isEqualTo("application/vnd.discogs.v2.discogs+json");
      assertThat(TextFormat.HTML.acceptHeader()).isEqualTo("application/vnd.discogs.v2.html+json");
      assertThat(TextFormat.PLAINTEXT.acceptHeader())
          .isEqualTo("application/vnd.discogs.v2.plaintext+json");
    }
  }
}
