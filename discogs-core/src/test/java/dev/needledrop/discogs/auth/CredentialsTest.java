package dev.needledrop.discogs.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

  private static final String TOKEN = "tok3n-ABCDEFGHIJ";
  private static final String KEY = "k3y-KLMNOPQRST";
  private static final String SECRET = "s3cr3t-UVWXYZ";
  private static final String OAUTH_TOKEN = "oauth-t0ken-abcdef";
  private static final String OAUTH_SECRET = "oauth-s3cret-ghijkl";

  @Test
  void consumerCredentialsOfIsTheConstructor() {
    assertThat(ConsumerCredentials.of(KEY, SECRET)).isEqualTo(new ConsumerCredentials(KEY, SECRET));
    assertThatIllegalArgumentException().isThrownBy(() -> ConsumerCredentials.of(KEY, " "));
  }

  @Nested
  class ToString {

    @Test
    void ofAPersonalTokenHidesTheToken() {
      assertThat(PersonalAccessToken.of(TOKEN).toString())
          .doesNotContain(TOKEN)
          .isEqualTo("PersonalAccessToken[token=****]");
    }

    @Test
    void ofConsumerCredentialsHidesKeyAndSecret() {
      assertThat(new ConsumerCredentials(KEY, SECRET).toString())
          .doesNotContain(KEY)
          .doesNotContain(SECRET)
          .isEqualTo("ConsumerCredentials[key=****, secret=****]");
    }

    @Test
    void ofOAuthCredentialsHidesAllFourValuesButNamesTheSignatureMethod() {
      String text = OAuthCredentials.of(KEY, SECRET, OAUTH_TOKEN, OAUTH_SECRET).toString();

      assertThat(text)
          .doesNotContain(KEY)
          .doesNotContain(SECRET)
          .doesNotContain(OAUTH_TOKEN)
          .doesNotContain(OAUTH_SECRET)
          .contains("signatureMethod=PLAINTEXT");
    }

    @Test
    void ofNoCredentialsSaysAnonymous() {
      assertThat(Credentials.none()).hasToString("Anonymous");
    }
  }

  @Nested
  class Validation {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {" ", "\t"})
    void refusesBlankValuesNamingThemAndTheRemedy(String blank) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PersonalAccessToken.of(blank))
          .withMessage(
              "personal access token is missing (blank); "
                  + "set it from your Discogs developer settings");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ConsumerCredentials(KEY, blank))
          .withMessage(
              "consumer secret is missing (blank); "
                  + "copy it from your application in your Discogs developer settings");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OAuthCredentials.of(KEY, SECRET, OAUTH_TOKEN, blank))
          .withMessageStartingWith("OAuth token secret is missing (blank); ")
          .withMessageContaining("the OAuth flow's last step");
    }

    @Test
    void tellsAnEmptyValueFromABlankOne() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PersonalAccessToken.of(""))
          .withMessageStartingWith("personal access token is missing (empty); ");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x00, 0x0A, 0x0D, 0x7F})
    void refusesControlCharactersWithoutEchoingTheValue(int control) {
      String forged = TOKEN + (char) control + "X-Injected: yes";

      assertThatIllegalArgumentException()
          .isThrownBy(() -> PersonalAccessToken.of(forged))
          .withMessageStartingWith("personal access token must not contain control characters")
          .withMessageNotContaining(TOKEN);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ConsumerCredentials(forged, SECRET))
          .withMessageStartingWith("consumer key must not contain control characters");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OAuthCredentials.of(KEY, SECRET, forged, OAUTH_SECRET))
          .withMessageNotContaining(TOKEN)
          .withMessageStartingWith("OAuth token must not contain control characters");
    }

    @Test
    void refusesAMissingPersonalTokenSayingWhereToGetOne() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PersonalAccessToken.of(null))
          .withMessage(
              "personal access token is missing (null); "
                  + "set it from your Discogs developer settings");
    }

    @Test
    void refusesEveryMissingSecretWithATypedErrorNamingIt() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new ConsumerCredentials(null, SECRET))
          .withMessageStartingWith("consumer key is missing (null); ");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OAuthCredentials.of(KEY, SECRET, null, OAUTH_SECRET))
          .withMessageStartingWith("OAuth token is missing (null); ");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new RequestToken(OAUTH_TOKEN, null, true, Instant.EPOCH))
          .withMessageStartingWith("request token secret is missing (null); ")
          .withMessageContaining("the OAuth flow's first step");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OAuthVerifier.of(null))
          .withMessageStartingWith("OAuth verifier is missing (null); ");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new AuthorizationCallback(null, OAuthVerifier.of("v")))
          .withMessageStartingWith("oauth_token is missing (null); ");
    }

    @Test
    void refusesAMissingSignatureMethodNamingIt() {
      assertThatNullPointerException()
          .isThrownBy(() -> new OAuthCredentials(KEY, SECRET, OAUTH_TOKEN, OAUTH_SECRET, null))
          .withMessage("signatureMethod");
    }

    @Test
    void keepsValidValuesExactly() {
      OAuthCredentials credentials =
          new OAuthCredentials(KEY, SECRET, OAUTH_TOKEN, OAUTH_SECRET, SignatureMethod.HMAC_SHA1);

      assertThat(credentials.consumerKey()).isEqualTo(KEY);
      assertThat(credentials.tokenSecret()).isEqualTo(OAUTH_SECRET);
      assertThat(credentials.signatureMethod()).isEqualTo(SignatureMethod.HMAC_SHA1);
      assertThat(PersonalAccessToken.of(TOKEN).token()).isEqualTo(TOKEN);
    }

    @Test
    void oauthDefaultsToPlaintextSigning() {
      assertThat(OAuthCredentials.of(KEY, SECRET, OAUTH_TOKEN, OAUTH_SECRET).signatureMethod())
          .isEqualTo(SignatureMethod.PLAINTEXT);
    }
  }

  @Nested
  class AccessLevels {

    @Test
    void followTheKindOfCredentials() {
      assertThat(Credentials.none().accessLevel()).isEqualTo(AccessLevel.NONE);
      assertThat(new ConsumerCredentials(KEY, SECRET).accessLevel())
          .isEqualTo(AccessLevel.APPLICATION);
      assertThat(PersonalAccessToken.of(TOKEN).accessLevel()).isEqualTo(AccessLevel.USER);
      assertThat(OAuthCredentials.of(KEY, SECRET, OAUTH_TOKEN, OAUTH_SECRET).accessLevel())
          .isEqualTo(AccessLevel.USER);
    }

    @Test
    void coverThemselvesAndEveryLowerLevel() {
      assertThat(AccessLevel.USER.covers(AccessLevel.USER)).isTrue();
      assertThat(AccessLevel.USER.covers(AccessLevel.APPLICATION)).isTrue();
      assertThat(AccessLevel.USER.covers(AccessLevel.NONE)).isTrue();
      assertThat(AccessLevel.APPLICATION.covers(AccessLevel.NONE)).isTrue();
    }

    @Test
    void doNotCoverAHigherLevel() {
      assertThat(AccessLevel.NONE.covers(AccessLevel.APPLICATION)).isFalse();
      assertThat(AccessLevel.APPLICATION.covers(AccessLevel.USER)).isFalse();
    }

    @Test
    void noCredentialsAreASingleValue() {
      assertThat(Credentials.none()).isSameAs(Credentials.none());
    }
  }
}
