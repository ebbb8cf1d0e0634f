package dev.needledrop.discogs.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.oauth.internal.PercentEncoding;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PercentEncodingPropertyTest {

  @Provide
  Arbitrary<String> unicode() {
    return UnicodeArbitraries.text();
  }

  @Property
  void decodingUndoesEncoding(@ForAll("unicode") String text) {
    assertThat(PercentEncoding.decode(PercentEncoding.encode(text))).isEqualTo(text);
  }

  @Property
  void emitsOnlyUnreservedCharactersOrUpperCaseEscapes(@ForAll("unicode") String text) {
    assertThat(PercentEncoding.encode(text)).matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})*");
  }

  @Property
  void agreesWithTheIndependentEncoder(@ForAll("unicode") String text) {
    assertThat(PercentEncoding.encode(text)).isEqualTo(IndependentOAuthVerifier.rfcEncode(text));
  }
}
