package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathSegmentTest {

  @ParameterizedTest(name = "''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "dj a+b/c | dj%20a%2Bb%2Fc",
        "plain_name-1.2~x | plain_name-1.2~x",
        "a?b#c | a%3Fb%23c",
        "50% | 50%25",
        "%2F | %252F",
        "{id} | %7Bid%7D",
        "Söhne | S%C3%B6hne",
        "東京 | %E6%9D%B1%E4%BA%AC",
        "a;b=c&d | a%3Bb%3Dc%26d",
        "... | ...",
        "a..b | a..b"
      })
  void encodesTheValueAsOneSegment(String value, String encoded) {
    assertThat(PathSegment.encode(value, "username")).isEqualTo(encoded);
  }

  @Test
  void encodesTypedValuesThroughTheirText() {
    assertThat(PathSegment.encode(ReleaseId.of(249504), "releaseId")).isEqualTo("249504");
    assertThat(PathSegment.encode(Username.of("dj a+b/c"), "username")).isEqualTo("dj%20a%2Bb%2Fc");
  }

  @Test
  void neverLeavesASlashOrSpaceInTheSegment() {
    String encoded = PathSegment.encode("../../admin secrets/", "username");

    assertThat(encoded)
        .doesNotContain("/")
        .doesNotContain(" ")
        .isEqualTo("..%2F..%2Fadmin%20secrets%2F");
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", ".", ".."})
  void refusesValuesThatWouldChangeThePath(String value) {
    assertThatThrownBy(() -> PathSegment.encode(value, "username"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("username must not be");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(ints = {0x00, 0x0A, 0x0D, 0x09, 0x7F, 0x85})
  void refusesControlCharactersWithoutEchoingTheValue(int control) {
    String value = "secret" + (char) control + "name";

    assertThatThrownBy(() -> PathSegment.encode(value, "username"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("username must not contain control characters");
  }

  @Test
  void refusesTextThatIsNotValidUnicode() {
    assertThatThrownBy(() -> PathSegment.encode("a\uD800b", "username"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("username is not valid Unicode text");
  }
}
