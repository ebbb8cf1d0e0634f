package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import ch.qos.logback.classic.Level;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.TextFormat;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.error.UnauthorizedException;
import dev.needledrop.discogs.feign.internal.FeignRawClient;
import dev.needledrop.discogs.feign.internal.StackOptions;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.Fixtures;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The raw escape hatch, against a local {@link CaseServer}. */
class RawDiscogsTest {

  private static final String RELEASE_FIXTURE =
      "release/release-249504-never-gonna-give-you-up.json";

  private CaseServer server;

  @BeforeEach
  void start() {
    server = CaseServer.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private RawDiscogs anonymous() {
    return FeignDiscogs.raw(TestClients.config(server).build());
  }

  @Nested
  class Body {

    @Test
    void returnsTheBodyExactlyAsDiscogsSentIt() {
      byte[] recorded = Fixtures.bytes(RELEASE_FIXTURE);
      server.enqueue(ScriptedResponse.ok(recorded));

      try (RawDiscogs raw = anonymous()) {
        assertThat(raw.get("/releases/249504")).isEqualTo(utf8(recorded));
      }
    }

    @Test
    void keepsFieldsTheTypedModelDropsAndWhitespaceAsSent() {
      String body = "{ \"id\" : 1,\n  \"not_in_the_model\": [\"é\", null] }\n";
      server.enqueue(ScriptedResponse.ok(body));

      try (RawDiscogs raw = anonymous()) {
        assertThat(raw.get("/releases/1")).isEqualTo(body);
      }
    }

    @Test
    void inflatesAGzipBody() {
      server.enqueue(ScriptedResponse.ok("{\"id\": 7}").gzipped());

      try (RawDiscogs raw = anonymous()) {
        assertThat(raw.get("/artists/7")).isEqualTo("{\"id\": 7}");
      }
    }

    @Test
    void readsTheBodyInTheCharsetItsContentTypeNames() {
      byte[] latin1 = "{\"name\": \"Café\"}".getBytes(StandardCharsets.ISO_8859_1);
      server.enqueue(
          ScriptedResponse.ok(latin1)
              .withHeader("Content-Type", "application/json; charset=ISO-8859-1"));

      try (RawDiscogs raw = anonymous()) {
        assertThat(raw.get("/labels/1")).isEqualTo("{\"name\": \"Café\"}");
      }
    }

    @Test
    void returnsAnEmptyBodyAsEmptyText() {
      server.enqueue(ScriptedResponse.empty(204, Map.of()));

      try (RawDiscogs raw = anonymous()) {
        assertThat(raw.get("/releases/1/rating/someone")).isEmpty();
      }
    }
  }

  @Nested
  class Request {

    @Test
    void sendsTheSameHeadersAsTheTypedCalls() {
      server.enqueue(ScriptedResponse.ok("{}"));
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(PersonalAccessToken.of("t0ken"))
              .textFormat(TextFormat.PLAINTEXT)
              .build();

      try (RawDiscogs raw = FeignDiscogs.raw(config)) {
        raw.get("/releases/1");
      }

      RecordedRequest request = server.onlyRequest();
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.header("User-Agent")).contains(TestClients.USER_AGENT);
      assertThat(request.header("Accept")).contains("application/vnd.discogs.v2.plaintext+json");
      assertThat(request.header("Accept-Encoding")).contains("gzip");
      assertThat(request.header("Authorization")).contains("Discogs token=t0ken");
    }

    @Test
    void sendsCredentialsInTheQueryOnlyWhenAskedTo() {
      server.enqueue(ScriptedResponse.ok("{}"));
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(new ConsumerCredentials("k3y", "s3cret"))
              .credentialPlacement(CredentialPlacement.QUERY)
              .build();

      try (RawDiscogs raw = FeignDiscogs.raw(config)) {
        raw.get("/database/search", Map.of("q", "nirvana"));
      }

      RecordedRequest request = server.onlyRequest();
      assertThat(request.header("Authorization")).isEmpty();
      assertThat(request.query())
          .containsEntry("q", "nirvana")
          .containsEntry("key", "k3y")
          .containsEntry("secret", "s3cret");
    }

    @Test
    void sendsThePathAsGivenWhenItNeedsNoEncoding() {
      server.enqueue(ScriptedResponse.ok("{}"));

      try (RawDiscogs raw = anonymous()) {
        raw.get("/masters/96559/versions");
      }

      assertThat(server.onlyRequest().requestLine()).isEqualTo("GET /masters/96559/versions");
    }

    @Test
    void encodesEachPathSegmentOnItsOwn() {
      server.enqueue(ScriptedResponse.ok("{}"));

      try (RawDiscogs raw = anonymous()) {
        raw.get("/users/dj a+b?x=1#f/collection");
      }

      assertThat(server.onlyRequest().rawPath())
          .isEqualTo("/users/dj%20a%2Bb%3Fx%3D1%23f/collection");
      assertThat(server.onlyRequest().rawQuery()).isEmpty();
    }

    @Test
    void encodesQueryNamesAndValuesAndKeepsTheirOrder() {
      server.enqueue(ScriptedResponse.ok("{}"));
      Map<String, String> query = new LinkedHashMap<>();
      query.put("q", "rock & roll + {x}");
      query.put("type", "release");
      query.put("odd name", "a=b");

      try (RawDiscogs raw = anonymous()) {
        raw.get("/database/search", query);
      }

      assertThat(server.onlyRequest().rawQuery())
          .isEqualTo("q=rock%20%26%20roll%20%2B%20%7Bx%7D&type=release&odd%20name=a%3Db");
    }

    @Test
    void reachesTheRootPath() {
      server.enqueue(ScriptedResponse.ok("{\"hello\": \"Welcome to the Discogs API.\"}"));

      try (RawDiscogs raw = anonymous()) {
        assertThat(raw.get("/")).contains("Welcome");
      }

      assertThat(server.onlyRequest().rawPath()).isEqualTo("/");
    }

    @Test
    void refusesPathsThatCouldChangeTheirMeaningBeforeSending() {
      try (RawDiscogs raw = anonymous()) {
        assertThatThrownBy(() -> raw.get("releases/1"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("start with '/'");
        assertThatThrownBy(() -> raw.get("/releases/../users"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("'..'");
        assertThatThrownBy(() -> raw.get("/releases//1"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("empty");
        assertThatThrownBy(() -> raw.get("/releases/1\r\nX: y"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("control characters");
      }

      assertThat(server.requests()).isEmpty();
    }
  }

  @Nested
  class Errors {

    @Test
    void turnsA404IntoTheSdksNotFoundException() {
      server.enqueue(ScriptedResponse.json(404, "{\"message\": \"Release not found.\"}"));

      try (RawDiscogs raw = anonymous()) {
        assertThatThrownBy(() -> raw.get("/releases/999999999", Map.of("curr_abbr", "EUR")))
            .isInstanceOf(NotFoundException.class)
            .hasMessage("GET /releases/999999999 answered 404: Release not found.");
      }
    }

    @Test
    void turnsA401IntoTheSdksUnauthorizedException() {
      server.enqueue(
          ScriptedResponse.json(
              401, "{\"message\": \"You must authenticate to access this resource.\"}"));

      try (RawDiscogs raw = anonymous()) {
        assertThatThrownBy(() -> raw.get("/database/search", Map.of("q", "x")))
            .isInstanceOf(UnauthorizedException.class)
            .hasMessageContaining("You must authenticate");
      }
    }

    @Test
    void turnsA429IntoARateLimitedExceptionWithTheWait() {
      server.enqueue(
          ScriptedResponse.json(429, "{\"message\": \"You are making requests too quickly.\"}")
              .withHeader("Retry-After", "12"));

      try (RawDiscogs raw = anonymous()) {
        assertThatThrownBy(() -> raw.get("/releases/1"))
            .asInstanceOf(type(RateLimitedException.class))
            .satisfies(
                limited -> assertThat(limited.retryAfter()).contains(Duration.ofSeconds(12)));
      }
    }

    @Test
    void previewsAnHtmlErrorPage() {
      server.enqueue(
          ScriptedResponse.json(502, "<html><body>Bad gateway</body></html>")
              .withHeader("Content-Type", "text/html"));

      try (RawDiscogs raw = anonymous()) {
        assertThatThrownBy(() -> raw.get("/releases/1"))
            .isInstanceOf(ServerErrorException.class)
            .hasMessageContaining("502")
            .hasMessageContaining("Bad gateway");
      }
    }

    @Test
    void keepsQueryCredentialsOutOfExceptionsAndLogs() {
      server.enqueue(ScriptedResponse.json(404, "{\"message\": \"Release not found.\"}"));
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(PersonalAccessToken.of("T0KEN-VALUE"))
              .credentialPlacement(CredentialPlacement.QUERY)
              .build();

      try (LogCapture logs = new LogCapture();
          RawDiscogs raw = FeignDiscogs.raw(config)) {
        assertThatThrownBy(() -> raw.get("/releases/1"))
            .isInstanceOf(NotFoundException.class)
            .satisfies(error -> assertThat(error.toString()).doesNotContain("T0KEN-VALUE"));

        assertThat(logs.lines())
            .anyMatch(line -> line.contains("token=****"))
            .noneMatch(line -> line.contains("T0KEN-VALUE"));
      }
    }

    @Test
    void reportsARefusedConnectionAsATransportFailure() throws IOException {
      int closedPort;
      try (ServerSocket socket = new ServerSocket(0)) {
        closedPort = socket.getLocalPort();
      }
      DiscogsConfig config =
          DiscogsConfig.builder(TestClients.USER_AGENT)
              .baseUrl("http://127.0.0.1:" + closedPort)
              .build();

      try (RawDiscogs raw = FeignDiscogs.raw(config)) {
        assertThatThrownBy(() -> raw.get("/releases/1", Map.of("curr_abbr", "USD")))
            .isInstanceOf(TransportException.class)
            .hasMessageStartingWith("GET /releases/1 failed")
            .message()
            .doesNotContain("curr_abbr");
      }
    }
  }

  @Nested
  class Lifecycle {

    @Test
    void logsTheRequestLineAtDebugLikeTheTypedCalls() {
      server.enqueue(ScriptedResponse.ok("{}"));

      try (LogCapture logs = new LogCapture();
          RawDiscogs raw = anonymous()) {
        raw.get("/releases/1", Map.of("curr_abbr", "USD"));

        assertThat(logs.lines(Level.DEBUG))
            .singleElement(STRING)
            .matches("GET /releases/1\\?curr_abbr=USD -> 200 \\(\\d+ ms\\)");
      }
    }

    @Test
    void tracksTheRateLimitOfTheLatestResponse() {
      server.enqueue(ScriptedResponse.ok("{}"));

      try (RawDiscogs raw = anonymous()) {
        assertThat(raw.lastRateLimit()).isEmpty();
        raw.get("/releases/1");

        assertThat(raw.lastRateLimit())
            .hasValueSatisfying(snapshot -> assertThat(snapshot.remaining()).isEqualTo(57));
      }
    }

    @Test
    void signsOAuthCallsLikeTheTypedClient() {
      server.enqueue(ScriptedResponse.ok("{}"));
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(OAuthCredentials.of("ckey", "csecret", "otoken", "osecret"))
              .build();

      try (RawDiscogs raw = FeignDiscogs.raw(config)) {
        raw.get("/oauth/identity");
      }

      assertThat(server.onlyRequest().header("Authorization"))
          .hasValueSatisfying(
              header -> assertThat(header).startsWith("OAuth ").contains("oauth_token=\"otoken\""));
    }

    @Test
    void refusesOAuthCredentialsWithoutASignerLikeTheTypedClient() {
      DiscogsConfig config =
          TestClients.config(server)
              .credentials(OAuthCredentials.of("ckey", "csecret", "otoken", "osecret"))
              .build();
      StackOptions noSigner = StackOptions.standard().withSigners(Optional::empty);

      assertThatThrownBy(() -> FeignRawClient.create(config, noSigner))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("discogs-oauth");
    }

    @Test
    void refusesCallsOnceClosed() {
      RawDiscogs raw = anonymous();
      raw.close();
      raw.close();

      assertThatThrownBy(() -> raw.get("/releases/1")).isInstanceOf(IllegalStateException.class);
      assertThat(server.requests()).isEmpty();
    }

    @Test
    void exposesOnlyJdkAndCoreTypesInItsPublicSignature() {
      Stream<Class<?>> types =
          Arrays.stream(RawDiscogs.class.getDeclaredMethods())
              .filter(method -> Modifier.isPublic(method.getModifiers()))
              .flatMap(RawDiscogsTest::signatureTypes)
              .filter(type -> !type.isPrimitive());

      assertThat(types.map(Class::getName))
          .allMatch(name -> name.startsWith("java.") || name.startsWith("dev.needledrop."))
          .noneMatch(name -> name.contains(".internal."));
    }
  }

  private static Stream<Class<?>> signatureTypes(Method method) {
    return Stream.concat(
        Stream.of(method.getReturnType()), Arrays.stream(method.getParameterTypes()));
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
