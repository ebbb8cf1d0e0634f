package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What may go into a URL unchanged, as a value and as a path's literal text. */
class PlainUriTextTest {

  @ParameterizedTest
  @ValueSource(strings = {"249504", "USD", "some%20user", "a%2Fb", "caf%C3%A9", "a-b.c_d~e"})
  void acceptsUnreservedCharactersAndEscapes(String text) {
    assertThat(PlainUriText.is(text)).isTrue();
    assertThat(PlainUriText.isPath(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "a b", "{x}", "x+y", "100%", "%2", "%zz", "a&b=c", "caf\u00e9", "a/b"})
  void refusesAnythingFeignMightRewriteAsAValue(String text) {
    assertThat(PlainUriText.is(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/releases/", "/users/", "/collection/folders/", ""})
  void letsAPathsLiteralTextHoldSlashes(String text) {
    assertThat(PlainUriText.isPath(text)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/a b/", "/{x}", "/a?b"})
  void refusesOtherCharactersInAPath(String text) {
    assertThat(PlainUriText.isPath(text)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a b", "caf\u00e9", "x/y?z", "{braces}", "100%"})
  void acceptsWhatPercentEncodingMakesOfAnyValue(String raw) {
    assertThat(PlainUriText.is(PercentEncoding.encode(raw, "value"))).isTrue();
  }
}
