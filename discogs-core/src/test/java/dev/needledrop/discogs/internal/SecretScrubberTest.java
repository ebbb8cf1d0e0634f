package dev.needledrop.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SecretScrubberTest {

  @Nested
  class OfCredentials {

    @Test
    void hidesATokenWhereverItStands() {
      SecretScrubber scrubber = SecretScrubber.of(PersonalAccessToken.of("SECRETTOKEN123abc"));

      assertThat(scrubber.scrub("you sent Discogs token=SECRETTOKEN123abc; bare SECRETTOKEN123abc"))
          .isEqualTo("you sent Discogs token=****; bare ****");
    }

    @Test
    void hidesTheConsumerKeyAndSecret() {
      SecretScrubber scrubber = SecretScrubber.of(new ConsumerCredentials("ck-1", "cs/2 x"));

      assertThat(scrubber.scrub("ck-1 cs/2 x cs%2F2%20x cs%2F2+x"))
          .isEqualTo("**** **** **** ****");
    }

    @Test
    void hidesThePlaintextSignatureAndEachSecretPercentEncoded() {
      Credentials oauth = OAuthCredentials.of("ckey", "C SECRET", "tok", "T&SECRET");
      SecretScrubber scrubber = SecretScrubber.of(oauth);

      String echoed = "sig C%20SECRET&T%26SECRET, header C%2520SECRET%26T%2526SECRET";

      assertThat(scrubber.scrub(echoed)).doesNotContain("SECRET").contains("sig ****");
    }

    @Test
    void hidesNothingButEchoedParametersForNoCredentials() {
      SecretScrubber scrubber = SecretScrubber.of(Credentials.none());

      assertThat(scrubber.scrub("release 249504 not found")).isEqualTo("release 249504 not found");
      assertThat(scrubber.scrub("?key=abc&secret=def")).isEqualTo("?key=****&secret=****");
    }
  }

  @Nested
  class EchoedParameters {

    private final SecretScrubber scrubber = SecretScrubber.none();

    @Test
    void hidesTheValuesOfOAuthParametersInEveryShape() {
      String echoed =
          "OAuth oauth_consumer_key=\"k\", oauth_signature=\"a%26b\", oauth_token: t1,"
              + " {\"oauth_verifier\": \"v\"}, oauth_nonce=\"n1\"";

      assertThat(scrubber.scrub(echoed))
          .isEqualTo(
              "OAuth oauth_consumer_key=\"****\", oauth_signature=\"****\", oauth_token: ****,"
                  + " {\"oauth_verifier\": \"****\"}, oauth_nonce=\"n1\"");
    }

    @Test
    void hidesDiscogsCredentialParametersOfAHeaderOrQuery() {
      assertThat(scrubber.scrub("Discogs key=abc, secret=def / token=xyz&page=2"))
          .isEqualTo("Discogs key=****, secret=**** / token=****&page=2");
    }

    @Test
    void leavesOrdinaryTextAlone() {
      assertThat(scrubber.scrub("The requested resource was not found.\nTry again"))
          .isEqualTo("The requested resource was not found.\nTry again");
    }
  }

  @Test
  void ignoresBlankValuesAndNullText() {
    SecretScrubber scrubber = SecretScrubber.hiding(List.of("", " "));

    assertThat(scrubber.scrub("a b")).isEqualTo("a b");
    assertThat(scrubber.scrub(null)).isEmpty();
    assertThat(scrubber).hasToString("SecretScrubber[0 forms]");
  }
}
