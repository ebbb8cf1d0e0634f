package dev.needledrop.discogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.retry.StandardRetryPolicy;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DiscogsConfigTest {

  private static final String USER_AGENT = "NeedledropTests/1.0 +https://needledrop.dev";
  private static final String TOKEN = "tok3n-ABCDEFGHIJ";

  private static DiscogsConfig.Builder builder() {
    return DiscogsConfig.builder(USER_AGENT);
  }

  @Nested
  class Defaults {

    @Test
    void talkToDiscogsAnonymouslyWithDiscogsMarkupInDollars() {
      DiscogsConfig config = builder().build();

      assertThat(config.userAgent()).isEqualTo(USER_AGENT);
      assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.discogs.com"));
      assertThat(config.credentials()).isSameAs(Credentials.none());
      assertThat(config.credentialPlacement()).isEqualTo(CredentialPlacement.HEADER);
      assertThat(config.textFormat()).isEqualTo(TextFormat.DISCOGS);
      assertThat(config.currency()).isEqualTo(Currency.USD);
      assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
      assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void paceWithTheSharedLimiterRetryWithTheStandardPolicyAndListenToNothing() {
      DiscogsConfig config = builder().build();

      assertThat(config.callTimeout()).isEqualTo(Duration.ofMinutes(2));
      assertThat(config.rateLimiter()).isEmpty();
      assertThat(config.retryPolicy()).isInstanceOf(StandardRetryPolicy.class);
      assertThat(config.callListener()).isSameAs(CallListener.none());
    }
  }

  @Nested
  class Resilience {

    @Test
    void keepsTheChosenLimiterPolicyListenerAndDeadlineThroughToBuilder() {
      RateLimiter limiter = PacedRateLimiter.withLimit(10);
      CallListener listener = new CallListener() {};

      DiscogsConfig config =
          builder()
              .rateLimiter(limiter)
              .retryPolicy(RetryPolicy.none())
              .callListener(listener)
              .callTimeout(Duration.ofSeconds(5))
              .build()
              .toBuilder()
              .build();

      assertThat(config.rateLimiter()).containsSame(limiter);
      assertThat(config.retryPolicy()).isSameAs(RetryPolicy.none());
      assertThat(config.callListener()).isSameAs(listener);
      assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void refusesANonPositiveDeadline() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> builder().callTimeout(Duration.ZERO))
          .withMessageContaining("callTimeout");
    }
  }

  @Nested
  class BaseUrlUserInfo {

    @Test
    void refusesANameOrPasswordBeforeTheHostWithoutQuotingIt() {
      DiscogsConfig.Builder builder =
          DiscogsConfig.builder("Test/1.0").baseUrl("https://me:hunter2secret@proxy.example");

      assertThatIllegalStateException()
          .isThrownBy(builder::build)
          .withMessageContaining("must not hold a user name or password")
          .withMessageNotContaining("hunter2secret");
    }

    @Test
    void refusesItEvenWhenTheUrlIsWrongOtherwise() {
      DiscogsConfig.Builder builder =
          DiscogsConfig.builder("Test/1.0").baseUrl("ftp://me:hunter2secret@proxy.example?x=1");

      assertThatIllegalStateException()
          .isThrownBy(builder::build)
          .withMessageNotContaining("hunter2secret");
    }
  }

  @Nested
  class UserAgent {

    @Test
    void isRequiredAtBuildWithAMessageSayingWhatToGive() {
      assertThatIllegalStateException()
          .isThrownBy(() -> DiscogsConfig.builder(null).build())
          .withMessageContaining("User-Agent is required")
          .withMessageContaining("names your application");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "\t"})
    void mustNotBeBlank(String blank) {
      assertThatIllegalStateException()
          .isThrownBy(() -> DiscogsConfig.builder(blank).build())
          .withMessageContaining("User-Agent is required");
    }

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(ints = {0x0D, 0x0A, 0x00})
    void refusesLineBreaksAndNulWithoutEchoingTheValue(int control) {
      String forged = "App/1.0" + (char) control + "X-Injected-Header-Value: 1";

      assertThatIllegalStateException()
          .isThrownBy(() -> DiscogsConfig.builder(forged).build())
          .withMessageContaining("User-Agent")
          .withMessageContaining("control characters")
          .withMessageNotContaining("X-Injected-Header-Value")
          .withMessageNotContaining("App/1.0");
    }

    @Test
    void mayHoldATab() {
      assertThat(DiscogsConfig.builder("App/1.0\t+https://x").build().userAgent())
          .isEqualTo("App/1.0\t+https://x");
    }
  }

  @Nested
  class BaseUrl {

    @Test
    void losesItsTrailingSlash() {
      assertThat(builder().baseUrl("https://stub.example/").build().baseUrl())
          .isEqualTo(URI.create("https://stub.example"));
      assertThat(builder().baseUrl("http://127.0.0.1:8080/discogs/").build().baseUrl())
          .isEqualTo(URI.create("http://127.0.0.1:8080/discogs"));
    }

    @Test
    void keepsAUrlWithoutTrailingSlash() {
      assertThat(builder().baseUrl(URI.create("http://127.0.0.1:9000")).build().baseUrl())
          .isEqualTo(URI.create("http://127.0.0.1:9000"));
    }

    @Test
    void acceptsAnUpperCaseScheme() {
      assertThat(builder().baseUrl("HTTPS://stub.example").build().baseUrl().getHost())
          .isEqualTo("stub.example");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ftp://api.discogs.com", "file:///tmp/discogs", "api.discogs.com"})
    void mustBeHttpOrHttps(String url) {
      assertThatIllegalStateException()
          .isThrownBy(() -> builder().baseUrl(url).build())
          .withMessageContaining("http or https");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://api.discogs.com?token=s3cret", "https://api.discogs.com/#top"})
    void mustHaveNoQueryOrFragmentAndNeverQuotesThem(String url) {
      assertThatIllegalStateException()
          .isThrownBy(() -> builder().baseUrl(url).build())
          .withMessageContaining("baseUrl must have no query or fragment")
          .withMessageNotContaining("s3cret");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https:/no-host", "https://user@"})
    void mustNameAHost(String url) {
      assertThatIllegalStateException()
          .isThrownBy(() -> builder().baseUrl(url).build())
          .withMessageContaining("baseUrl must name a host");
    }

    @Test
    void isRequired() {
      assertThatNullPointerException().isThrownBy(() -> builder().baseUrl((String) null));
      assertThatNullPointerException().isThrownBy(() -> builder().baseUrl((URI) null));
    }
  }

  @Nested
  class TransportSecurity {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "http://127.0.0.1:8080",
          "http://127.0.0.2",
          "http://[::1]:8080",
          "http://localhost:8080",
          "http://LOCALHOST"
        })
    void allowsCredentialsOverPlainHttpToALoopbackAddress(String url) {
      DiscogsConfig config =
          builder().baseUrl(url).credentials(PersonalAccessToken.of(TOKEN)).build();

      assertThat(config.credentials()).isEqualTo(PersonalAccessToken.of(TOKEN));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "http://api.discogs.com",
          "http://10.0.0.1",
          "http://192.168.1.20:8080",
          "http://localhost.example.com",
          "http://cafe:8080"
        })
    void refusesCredentialsOverPlainHttpToAnyOtherHost(String url) {
      assertThatIllegalStateException()
          .isThrownBy(
              () -> builder().baseUrl(url).credentials(PersonalAccessToken.of(TOKEN)).build())
          .withMessageContaining("credentials are only sent over https")
          .withMessageNotContaining(TOKEN);
    }

    @Test
    void refusesApplicationCredentialsOverPlainHttpToo() {
      assertThatIllegalStateException()
          .isThrownBy(
              () ->
                  builder()
                      .baseUrl("http://api.discogs.com")
                      .credentials(new ConsumerCredentials("key", "secret"))
                      .build());
    }

    @Test
    void allowsPlainHttpWithoutCredentials() {
      assertThat(builder().baseUrl("http://api.discogs.com").build().baseUrl().getScheme())
          .isEqualTo("http");
    }

    @Test
    void allowsCredentialsOverHttpsToAnyHost() {
      assertThat(
              builder()
                  .baseUrl("https://proxy.example.com")
                  .credentials(PersonalAccessToken.of(TOKEN))
                  .build()
                  .baseUrl())
          .isEqualTo(URI.create("https://proxy.example.com"));
    }
  }

  @Nested
  class Timeouts {

    @Test
    void keepPositiveValues() {
      DiscogsConfig config =
          builder().connectTimeout(Duration.ofMillis(1)).readTimeout(Duration.ofMinutes(2)).build();

      assertThat(config.connectTimeout()).isEqualTo(Duration.ofMillis(1));
      assertThat(config.readTimeout()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void mustBePositive() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> builder().connectTimeout(Duration.ZERO))
          .withMessage("connectTimeout must be positive, but was PT0S");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> builder().readTimeout(Duration.ofSeconds(-1)))
          .withMessageContaining("readTimeout must be positive");
    }

    @Test
    void areRequired() {
      assertThatNullPointerException()
          .isThrownBy(() -> builder().readTimeout(null))
          .withMessage("readTimeout");
    }
  }

  @Nested
  class OtherSettings {

    @Test
    void aCurrencyMustBeOneDiscogsAccepts() {
      assertThat(builder().currency(Currency.EUR).build().currency()).isEqualTo(Currency.EUR);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> builder().currency(Currency.of("NOK")))
          .withMessageContaining("NOK");
    }

    @Test
    void nullSettingsAreRefusedNamingThem() {
      assertThatNullPointerException()
          .isThrownBy(() -> builder().credentials(null))
          .withMessage("credentials");
      assertThatNullPointerException()
          .isThrownBy(() -> builder().credentialPlacement(null))
          .withMessage("credentialPlacement");
      assertThatNullPointerException()
          .isThrownBy(() -> builder().textFormat(null))
          .withMessage("textFormat");
      assertThatNullPointerException()
          .isThrownBy(() -> builder().currency(null))
          .withMessage("currency");
    }
  }

  @Nested
  class ToBuilder {

    @Test
    void roundTripsEverySetting() {
      DiscogsConfig original =
          builder()
              .baseUrl("http://127.0.0.1:8080/")
              .credentials(PersonalAccessToken.of(TOKEN))
              .credentialPlacement(CredentialPlacement.QUERY)
              .textFormat(TextFormat.PLAINTEXT)
              .currency(Currency.JPY)
              .connectTimeout(Duration.ofSeconds(3))
              .readTimeout(Duration.ofSeconds(4))
              .build();

      DiscogsConfig copy = original.toBuilder().build();

      assertThat(copy).usingRecursiveComparison().isEqualTo(original);
      assertThat(copy.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:8080"));
    }

    @Test
    void leavesTheOriginalUnchanged() {
      DiscogsConfig original = builder().build();

      DiscogsConfig changed = original.toBuilder().textFormat(TextFormat.HTML).build();

      assertThat(changed.textFormat()).isEqualTo(TextFormat.HTML);
      assertThat(original.textFormat()).isEqualTo(TextFormat.DISCOGS);
    }
  }

  @Nested
  class ToString {

    @Test
    void hidesEverySecret() {
      String text =
          builder()
              .baseUrl("http://localhost:1234")
              .credentials(OAuthCredentials.of("ck-123456", "cs-789012", "ot-345678", "os-901234"))
              .build()
              .toString();

      assertThat(text)
          .doesNotContain("ck-123456", "cs-789012", "ot-345678", "os-901234")
          .contains(USER_AGENT)
          .contains("http://localhost:1234")
          .contains("OAuthCredentials");
    }

    @Test
    void hidesAPersonalToken() {
      assertThat(builder().credentials(PersonalAccessToken.of(TOKEN)).build().toString())
          .doesNotContain(TOKEN);
    }
  }
}
