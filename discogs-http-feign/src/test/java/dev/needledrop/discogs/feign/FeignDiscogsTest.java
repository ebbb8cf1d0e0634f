package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import ch.qos.logback.classic.Level;
import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.TextFormat;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.internal.StackOptions;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.CaseServerTest;
import dev.needledrop.discogs.feign.testing.Fixtures;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import dev.needledrop.discogs.retry.RetryPolicy;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Feign client as a whole, against a local {@link CaseServer}. */
class FeignDiscogsTest extends CaseServerTest {

  private static final String RELEASE = "{\"id\": 1, \"title\": \"One\"}";

  @Nested
  class Create {

    @Test
    void refusesOAuthCredentialsWithoutASignerNamingTheModuleThatSignsThem() {
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(OAuthCredentials.of("ckey", "csecret", "otoken", "osecret"))
              .build();
      StackOptions noSigner = StackOptions.standard().withSigners(Optional::empty);

      assertThatThrownBy(() -> FeignDiscogsClient.create(config, noSigner))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("dev.needledrop:discogs-oauth")
          .message()
          .doesNotContain("ckey", "csecret", "otoken", "osecret");
    }

    @Test
    void findsTheOAuthSignerOfTheClassPathAndSignsWithIt() {
      server.enqueue(ScriptedResponse.ok(RELEASE));
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(OAuthCredentials.of("ckey", "csecret", "otoken", "osecret"))
              .build();

      try (Discogs discogs = FeignDiscogs.create(config)) {
        discogs.database().release(ReleaseId.of(1));
      }

      assertThat(server.onlyRequest().header("Authorization"))
          .hasValueSatisfying(
              header ->
                  assertThat(header)
                      .startsWith("OAuth ")
                      .contains("oauth_consumer_key=\"ckey\"", "oauth_token=\"otoken\"")
                      .contains("oauth_signature=\"csecret%26osecret\""));
    }

    @Test
    void exposesNoFeignJacksonOrWireTypeInItsPublicSignature() {
      Stream<Method> methods =
          Stream.concat(
              Arrays.stream(FeignDiscogs.class.getDeclaredMethods())
                  .filter(method -> Modifier.isPublic(method.getModifiers())),
              Arrays.stream(Discogs.class.getMethods()));

      assertThat(methods.flatMap(FeignDiscogsTest::signatureTypes).map(Class::getName))
          .noneMatch(name -> name.startsWith("feign.") || name.startsWith("com.fasterxml."))
          .noneMatch(name -> name.contains(".internal."));
    }
  }

  private static Stream<Class<?>> signatureTypes(Method method) {
    return Stream.concat(
        Stream.of(method.getReturnType()), Arrays.stream(method.getParameterTypes()));
  }

  @Nested
  class Headers {

    @Test
    void sendsTheAgentTheDefaultAcceptAndAsksForGzip() {
      server.enqueue(ScriptedResponse.ok(RELEASE));

      try (Discogs discogs = TestClients.anonymous(server)) {
        discogs.database().release(ReleaseId.of(1));
      }

      RecordedRequest request = server.onlyRequest();
      assertThat(request.header("User-Agent")).contains(TestClients.USER_AGENT);
      assertThat(request.header("Accept")).contains("application/vnd.discogs.v2.discogs+json");
      assertThat(request.header("Accept-Encoding")).contains("gzip");
      assertThat(request.header("Authorization")).isEmpty();
    }

    @Test
    void asksForTheConfiguredTextFormat() {
      server.enqueue(ScriptedResponse.ok(RELEASE));
      DiscogsConfig config = TestClients.config(server).textFormat(TextFormat.PLAINTEXT).build();

      try (Discogs discogs = FeignDiscogs.create(config)) {
        discogs.database().release(ReleaseId.of(1));
      }

      assertThat(server.onlyRequest().header("Accept"))
          .contains("application/vnd.discogs.v2.plaintext+json");
    }

    @Test
    void asksForTheConfiguredCurrencyAndLabelsThePriceWithIt() {
      server.enqueue(ScriptedResponse.ok("{\"id\": 1, \"lowest_price\": 12.5}"));
      DiscogsConfig config = TestClients.config(server).currency(Currency.JPY).build();

      try (Discogs discogs = FeignDiscogs.create(config)) {
        Release release = discogs.database().release(ReleaseId.of(1));

        assertThat(release.lowestPrice())
            .hasValueSatisfying(price -> assertThat(price.currency()).isEqualTo(Currency.JPY));
      }
      assertThat(server.onlyRequest().requestLine()).isEqualTo("GET /releases/1?curr_abbr=JPY");
    }

    @Test
    void refusesACurrencyDiscogsDoesNotTradeInBeforeSending() {
      try (Discogs discogs = TestClients.anonymous(server)) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1), Currency.of("XAU")))
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(server.requests()).isEmpty();
    }
  }

  @Nested
  class Credentials {

    @Test
    void sendsATokenInTheAuthorizationHeader() {
      server.enqueue(ScriptedResponse.ok(RELEASE));

      try (Discogs discogs = TestClients.with(server, PersonalAccessToken.of("t0ken"))) {
        discogs.database().release(ReleaseId.of(1));
      }

      assertThat(server.onlyRequest().header("Authorization")).contains("Discogs token=t0ken");
      assertThat(server.onlyRequest().query()).doesNotContainKey("token");
    }

    @Test
    void sendsKeyAndSecretInTheAuthorizationHeader() {
      server.enqueue(ScriptedResponse.ok(RELEASE));

      try (Discogs discogs = TestClients.with(server, new ConsumerCredentials("k3y", "s3cret"))) {
        discogs.database().release(ReleaseId.of(1));
      }

      assertThat(server.onlyRequest().header("Authorization"))
          .contains("Discogs key=k3y, secret=s3cret");
    }

    @Test
    void sendsTheTokenInTheQueryOnlyWhenAskedTo() {
      server.enqueue(ScriptedResponse.ok("{\"results\": []}"));
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(PersonalAccessToken.of("t0k+en/="))
              .credentialPlacement(CredentialPlacement.QUERY)
              .build();

      try (Discogs discogs = FeignDiscogs.create(config)) {
        discogs.database().search(SearchQuery.text("nirvana"), PageRequest.first());
      }

      RecordedRequest request = server.onlyRequest();
      assertThat(request.header("Authorization")).isEmpty();
      assertThat(request.rawQuery()).contains("token=t0k%2Ben%2F%3D");
      assertThat(request.query()).containsEntry("token", "t0k+en/=").containsEntry("q", "nirvana");
    }

    @Test
    void sendsKeyAndSecretInTheQueryOnlyWhenAskedTo() {
      server.enqueue(ScriptedResponse.ok(RELEASE));
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(new ConsumerCredentials("k3y", "s3cret"))
              .credentialPlacement(CredentialPlacement.QUERY)
              .build();

      try (Discogs discogs = FeignDiscogs.create(config)) {
        discogs.database().release(ReleaseId.of(1));
      }

      assertThat(server.onlyRequest().query())
          .containsEntry("key", "k3y")
          .containsEntry("secret", "s3cret")
          .containsEntry("curr_abbr", "USD");
    }
  }

  @Nested
  class Logging {

    @Test
    void logsTheRequestLineStatusAndLatencyAtDebug() {
      server.enqueue(ScriptedResponse.ok(RELEASE));

      try (LogCapture logs = new LogCapture();
          Discogs discogs = TestClients.anonymous(server)) {
        discogs.database().release(ReleaseId.of(1));

        assertThat(logs.lines(Level.DEBUG))
            .singleElement(STRING)
            .matches("GET /releases/1\\?curr_abbr=USD -> 200 \\(\\d+ ms\\)");
        assertThat(logs.lines(Level.TRACE)).contains("> User-Agent: " + TestClients.USER_AGENT);
      }
    }

    @Test
    void neverLogsAHeaderCredential() {
      server.enqueue(ScriptedResponse.ok(RELEASE), ScriptedResponse.ok(RELEASE));

      try (LogCapture logs = new LogCapture()) {
        try (Discogs token = TestClients.with(server, PersonalAccessToken.of("T0KEN-VALUE"))) {
          token.database().release(ReleaseId.of(1));
        }
        try (Discogs keys =
            TestClients.with(server, new ConsumerCredentials("KEY-V", "SECRET-V"))) {
          keys.database().release(ReleaseId.of(1));
        }

        assertThat(logs.lines())
            .isNotEmpty()
            .noneMatch(line -> line.contains("T0KEN-VALUE"))
            .noneMatch(line -> line.contains("KEY-V"))
            .noneMatch(line -> line.contains("SECRET-V"));
        assertThat(logs.lines()).contains("> Authorization: ****");
      }
    }

    @Test
    void neverLogsAQueryCredentialNorPutsItInAnException() {
      server.enqueue(ScriptedResponse.json(404, "{\"message\": \"Release not found.\"}"));
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(new ConsumerCredentials("KEY-V", "SECRET-V"))
              .credentialPlacement(CredentialPlacement.QUERY)
              .build();

      try (LogCapture logs = new LogCapture();
          Discogs discogs = FeignDiscogs.create(config)) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .isInstanceOf(NotFoundException.class)
            .satisfies(error -> assertThat(error.toString()).doesNotContain("KEY-V", "SECRET-V"));

        assertThat(logs.lines())
            .anyMatch(line -> line.contains("key=****&secret=****"))
            .noneMatch(line -> line.contains("KEY-V") || line.contains("SECRET-V"));
      }
    }
  }

  @Nested
  class Transport {

    @Test
    void reportsARefusedConnectionWithHostPortAndReasonButNoQuery() throws IOException {
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0)) {
        closedPort = socket.getLocalPort();
      }
      DiscogsConfig config =
          DiscogsConfig.builder(TestClients.USER_AGENT)
              .baseUrl("http://127.0.0.1:" + closedPort)
              .credentials(PersonalAccessToken.of("T0KEN-VALUE"))
              .credentialPlacement(CredentialPlacement.QUERY)
              .retryPolicy(RetryPolicy.none())
              .build();

      try (Discogs discogs = FeignDiscogs.create(config)) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(7)))
            .asInstanceOf(type(TransportException.class))
            .satisfies(
                failure -> {
                  assertThat(failure.method()).isEqualTo("GET");
                  assertThat(failure.path()).isEqualTo("/releases/7");
                  assertThat(failure.getMessage())
                      .isEqualTo(
                          "GET /releases/7 failed: could not connect to 127.0.0.1:"
                              + closedPort
                              + ": connection refused")
                      .doesNotContain("T0KEN-VALUE")
                      .doesNotContain("?");
                });
      }
    }

    @Test
    void givesUpWaitingAfterTheReadTimeout() {
      server.enqueue(ScriptedResponse.ok(RELEASE).delayedBy(Duration.ofSeconds(2)));
      DiscogsConfig config = TestClients.config(server).readTimeout(Duration.ofMillis(300)).build();

      try (Discogs discogs = FeignDiscogs.create(config)) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .isInstanceOf(TransportException.class)
            .hasMessage(
                "GET /releases/1 failed: timed out after 300 ms waiting for a response from "
                    + server.baseUrl().getAuthority());
      }
    }

    @Test
    void inflatesAGzipBody() {
      server.enqueue(Fixtures.ok("release/release-249504-never-gonna-give-you-up.json").gzipped());

      try (Discogs discogs = TestClients.anonymous(server)) {
        assertThat(discogs.database().release(ReleaseId.of(249504)).title())
            .isEqualTo("Never Gonna Give You Up");
      }
    }

    @Test
    void acceptsAnEmptyBodyAnnouncedAsGzipOnAVoidCall() {
      server.enqueue(ScriptedResponse.empty(204, Map.of()).gzipped());

      try (Discogs discogs = TestClients.with(server, PersonalAccessToken.of("t0ken"))) {
        assertThatCode(
                () ->
                    discogs
                        .database()
                        .deleteReleaseRating(ReleaseId.of(1), Username.of("example_user")))
            .doesNotThrowAnyException();
      }
    }

    @Test
    void reportsACorruptGzipBodyAsUnreadable() {
      server.enqueue(
          ScriptedResponse.ok("this is not gzip").withHeader("Content-Encoding", "gzip"));

      try (Discogs discogs = TestClients.anonymous(server)) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .isInstanceOf(UnreadableResponseException.class)
            .hasMessageContaining("corrupt gzip body");
      }
    }

    @Test
    void refusesCallsOnceClosedAndClosesTwiceQuietly() {
      Discogs discogs = TestClients.anonymous(server);

      discogs.close();
      discogs.close();

      assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("this Discogs client is closed");
      assertThat(server.requests()).isEmpty();
    }
  }

  @Nested
  class RateLimits {

    @Test
    void keepsTheStateOfTheLatestResponseErrorsIncluded() {
      server.enqueue(
          ScriptedResponse.ok(RELEASE),
          ScriptedResponse.json(404, "{\"message\": \"Release not found.\"}")
              .withHeader("X-Discogs-Ratelimit-Used", "4")
              .withHeader("X-Discogs-Ratelimit-Remaining", "56"));

      try (Discogs discogs = TestClients.anonymous(server)) {
        assertThat(discogs.lastRateLimit()).isEmpty();

        discogs.database().release(ReleaseId.of(1));
        RateLimitSnapshot first = discogs.lastRateLimit().orElseThrow();
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(2)))
            .isInstanceOf(NotFoundException.class);
        RateLimitSnapshot second = discogs.lastRateLimit().orElseThrow();

        assertThat(first.remaining()).isEqualTo(57);
        assertThat(second.remaining()).isEqualTo(56);
        assertThat(second.used()).isEqualTo(4);
      }
    }

    @Test
    void forgetsTheStateWhenAResponseCarriesNone() {
      server.enqueue(
          ScriptedResponse.ok(RELEASE),
          ScriptedResponse.empty(503, Map.of("Content-Type", "text/html")));

      try (Discogs discogs = TestClients.anonymous(server)) {
        discogs.database().release(ReleaseId.of(1));
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .isInstanceOf(DiscogsException.class);

        assertThat(discogs.lastRateLimit()).isEmpty();
      }
    }
  }
}
