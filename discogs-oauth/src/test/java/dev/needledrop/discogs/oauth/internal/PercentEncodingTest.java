package dev.needledrop.discogs.oauth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PercentEncodingTest {

  @Nested
  class Encode {

    @Test
    void keepsOnlyTheUnreservedCharacters() {
      assertThat(PercentEncoding.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
      assertThat(PercentEncoding.encode(" !*'()+,/:;=?@[]&%"))
          .isEqualTo("%20%21%2A%27%28%29%2B%2C%2F%3A%3B%3D%3F%40%5B%5D%26%25");
    }

    @Test
    void writesUtf8BytesInUpperCaseHex() {
      assertThat(PercentEncoding.encode("Préludes – 東京 & Söhne"))
          .isEqualTo("Pr%C3%A9ludes%20%E2%80%93%20%E6%9D%B1%E4%BA%AC%20%26%20S%C3%B6hne");
      assertThat(PercentEncoding.encode("🎵")).isEqualTo("%F0%9F%8E%B5");
    }

    @Test
    void refusesALoneSurrogate() {
      assertThatThrownBy(() -> PercentEncoding.encode("a\uD800b"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Decode {

    @Test
    void keepsAPlusAsAPlus() {
      assertThat(PercentEncoding.decode("a+b%20c")).isEqualTo("a+b c");
    }

    @Test
    void readsAPlusAsASpaceInFormText() {
      assertThat(PercentEncoding.decodeForm("a+b%2Bc")).isEqualTo("a b+c");
    }

    @Test
    void acceptsLowerCaseHex() {
      assertThat(PercentEncoding.decode("%c3%a9")).isEqualTo("é");
    }

    @Test
    void refusesBrokenEscapes() {
      assertThatThrownBy(() -> PercentEncoding.decode("%4"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PercentEncoding.decode("%zz"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> PercentEncoding.decode("%FF"))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class ReencodeFormComponent {

    @Test
    void normalizesEscapesSpacesAndRawCharacters() {
      assertThat(PercentEncoding.reencodeFormComponent("a+b%2fc%7e")).isEqualTo("a%20b%2Fc~");
    }

    @Test
    void keepsBytesThatAreNotUtf8() {
      assertThat(PercentEncoding.reencodeFormComponent("%ff%FE")).isEqualTo("%FF%FE");
    }
  }
}
