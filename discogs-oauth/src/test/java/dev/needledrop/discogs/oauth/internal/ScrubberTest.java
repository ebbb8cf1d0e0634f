package dev.needledrop.discogs.oauth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScrubberTest {

  private final Scrubber scrubber = Scrubber.hiding(List.of("s3cr:t &x", "sig/n+=", ""));

  @Test
  void hidesAValueAsSentPercentEncodedDoubleEncodedAndFormEncoded() {
    String echoed =
        "raw s3cr:t &x, once s3cr%3At%20%26x, twice s3cr%253At%2520%2526x, form s3cr%3At+%26x";

    assertThat(scrubber.scrub(echoed)).isEqualTo("raw ****, once ****, twice ****, form ****");
  }

  @Test
  void hidesEchoedProtocolParametersWhateverTheirValue() {
    String echoed =
        "oauth_signature=\"abc%3D\", oauth_verifier=v1&oauth_token_secret=ts, "
            + "{\"oauth_token\": \"t1\"}, oauth_nonce=\"n1\"";

    assertThat(scrubber.scrub(echoed))
        .isEqualTo(
            "oauth_signature=\"****\", oauth_verifier=****&oauth_token_secret=****, "
                + "{\"oauth_token\": \"****\"}, oauth_nonce=\"n1\"");
  }

  @Test
  void ignoresBlankValuesInsteadOfHidingEverything() {
    assertThat(scrubber.scrub("nothing secret here")).isEqualTo("nothing secret here");
  }
}
