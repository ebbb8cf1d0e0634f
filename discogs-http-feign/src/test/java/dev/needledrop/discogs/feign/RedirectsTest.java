package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.internal.StackOptions;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubResponse;
import feign.Request;
import feign.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The adapter follows redirects itself, and credentials never follow one to another origin: two
 * loopback origins, {@code http://127.0.0.1:<port>} (the API) and {@code http://localhost:<port2>}
 * (elsewhere), prove it for every kind of credentials.
 */
class RedirectsTest {

  private static final String RELEASE = "{\"id\": 1, \"title\": \"One\"}";
  private static final String TOKEN = "redirect-t0ken";

  private CaseServer api;
  private CaseServer elsewhere;

  @BeforeEach
  void start() {
    api = CaseServer.start();
    elsewhere = CaseServer.start();
  }

  @AfterEach
  void stop() {
    api.close();
    elsewhere.close();
  }

  /** The other server under another name: same machine, another origin. */
  private URI elsewhere(String path) {
    return URI.create("http://localhost:" + elsewhere.baseUrl().getPort() + path);
  }

  private Discogs client(Credentials credentials, CredentialPlacement placement) {
    return FeignDiscogs.create(
        TestClients.config(api).credentials(credentials).credentialPlacement(placement).build());
  }

  private static boolean carriesNoCredential(RecordedRequest request) {
    return request.header("Authorization").isEmpty()
        && !request.query().containsKey("token")
        && !request.query().containsKey("key")
        && !request.query().containsKey("secret");
  }

  @Nested
  class WithinTheOrigin {

    @Test
    void keepsAHeaderTokenOnEveryHop() {
      api.enqueue(
          ScriptedResponse.empty(301, Map.of("Location", "/releases/2")),
          ScriptedResponse.ok(RELEASE));

      try (Discogs discogs = client(PersonalAccessToken.of(TOKEN), CredentialPlacement.HEADER)) {
        assertThat(discogs.database().release(ReleaseId.of(1)).title()).isEqualTo("One");
      }

      assertThat(api.requests())
          .extracting(request -> request.rawPath() + " " + request.header("Authorization"))
          .containsExactly(
              "/releases/1 Optional[Discogs token=" + TOKEN + "]",
              "/releases/2 Optional[Discogs token=" + TOKEN + "]");
    }

    @Test
    void putsQueryCredentialsOnTheNewUrlOnce() {
      api.enqueue(
          ScriptedResponse.empty(307, Map.of("Location", api.baseUrl() + "/releases/2?x=1")),
          ScriptedResponse.ok(RELEASE));

      try (Discogs discogs =
          client(new ConsumerCredentials("k3y", "s3cret"), CredentialPlacement.QUERY)) {
        discogs.database().release(ReleaseId.of(1));
      }

      assertThat(api.requests().get(1).rawQuery()).isEqualTo("x=1&key=k3y&secret=s3cret");
    }
  }

  @Nested
  class ToAnotherOrigin {

    @Test
    void arrivesWithoutAHeaderToken() {
      api.enqueue(
          ScriptedResponse.empty(302, Map.of("Location", elsewhere("/releases/1").toString())));
      elsewhere.enqueue(ScriptedResponse.ok(RELEASE));

      try (Discogs discogs = client(PersonalAccessToken.of(TOKEN), CredentialPlacement.HEADER)) {
        assertThat(discogs.database().release(ReleaseId.of(1)).title()).isEqualTo("One");
      }

      assertThat(api.onlyRequest().header("Authorization")).hasValue("Discogs token=" + TOKEN);
      assertThat(elsewhere.onlyRequest()).matches(RedirectsTest::carriesNoCredential);
      assertThat(elsewhere.onlyRequest().header("User-Agent")).hasValue(TestClients.USER_AGENT);
    }

    @Test
    void arrivesWithoutQueryCredentials() {
      api.enqueue(
          ScriptedResponse.empty(
              303, Map.of("Location", elsewhere("/releases/1?curr_abbr=USD").toString())));
      elsewhere.enqueue(ScriptedResponse.ok(RELEASE));

      try (Discogs discogs =
          client(new ConsumerCredentials("k3y", "s3cret"), CredentialPlacement.QUERY)) {
        discogs.database().release(ReleaseId.of(1));
      }

      assertThat(api.onlyRequest().query()).containsEntry("key", "k3y");
      assertThat(elsewhere.onlyRequest()).matches(RedirectsTest::carriesNoCredential);
      assertThat(elsewhere.onlyRequest().rawQuery()).isEqualTo("curr_abbr=USD");
    }

    @Test
    void arrivesWithoutAnOAuthSignature() {
      api.enqueue(
          ScriptedResponse.empty(308, Map.of("Location", elsewhere("/oauth/identity").toString())));
      elsewhere.enqueue(ScriptedResponse.ok("{\"id\": 1, \"username\": \"example_user\"}"));

      try (Discogs discogs =
          client(OAuthCredentials.of("ck", "cs", "tk", "ts"), CredentialPlacement.HEADER)) {
        discogs.users().identity();
      }

      assertThat(api.onlyRequest().header("Authorization"))
          .hasValueSatisfying(header -> assertThat(header).startsWith("OAuth "));
      assertThat(elsewhere.onlyRequest()).matches(RedirectsTest::carriesNoCredential);
    }

    @Test
    void getsThemBackOnlyWhenTheChainReturnsToTheApi() {
      api.enqueue(
          ScriptedResponse.empty(302, Map.of("Location", elsewhere("/bounce").toString())),
          ScriptedResponse.ok(RELEASE));
      elsewhere.enqueue(
          ScriptedResponse.empty(302, Map.of("Location", api.baseUrl() + "/releases/1")));

      try (Discogs discogs = client(PersonalAccessToken.of(TOKEN), CredentialPlacement.HEADER)) {
        discogs.database().release(ReleaseId.of(1));
      }

      assertThat(elsewhere.onlyRequest()).matches(RedirectsTest::carriesNoCredential);
      assertThat(api.requests())
          .hasSize(2)
          .allSatisfy(
              request ->
                  assertThat(request.header("Authorization")).hasValue("Discogs token=" + TOKEN));
    }
  }

  @Nested
  class Limits {

    @Test
    void followNoWrite() {
      api.enqueue(
          ScriptedResponse.empty(307, Map.of("Location", elsewhere("/users/x").toString())));

      try (Discogs discogs = client(PersonalAccessToken.of(TOKEN), CredentialPlacement.HEADER)) {
        assertThatThrownBy(
                () ->
                    discogs
                        .users()
                        .editProfile(
                            Username.of("x"),
                            dev.needledrop.discogs.model.user.ProfileUpdate.builder()
                                .location("Paris")
                                .build()))
            .asInstanceOf(type(DiscogsServiceException.class))
            .satisfies(error -> assertThat(error.status()).isEqualTo(307));
      }
      assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void followAtMostFiveRedirects() {
      for (int i = 0; i < 6; i++) {
        api.enqueue(ScriptedResponse.empty(302, Map.of("Location", "/releases/" + (i + 2))));
      }

      try (Discogs discogs = client(Credentials.none(), CredentialPlacement.HEADER)) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .asInstanceOf(type(DiscogsServiceException.class))
            .satisfies(error -> assertThat(error.status()).isEqualTo(302));
      }
      assertThat(api.requests()).hasSize(6);
    }

    @Test
    void followNoLocationThatIsNotAWebUrl() {
      api.enqueue(ScriptedResponse.empty(302, Map.of("Location", "file:///etc/passwd")));

      try (Discogs discogs = client(PersonalAccessToken.of(TOKEN), CredentialPlacement.HEADER)) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .asInstanceOf(type(DiscogsServiceException.class))
            .satisfies(error -> assertThat(error.status()).isEqualTo(302));
      }
      assertThat(api.requests()).hasSize(1);
    }

    /**
     * Once a chain went from https to plain http, no later hop carries credentials, not even one
     * back on the API's own (loopback, plain http) origin. The hops are answered in memory: the
     * test needs an https hop and must not leave the machine.
     */
    @Test
    void sendNoCredentialAfterAHopFromHttpsToHttp() {
      String origin = "http://127.0.0.1:9";
      List<Request> sent = new ArrayList<>();
      List<String> locations = List.of("https://127.0.0.1:10/secure", origin + "/releases/2", "");
      StackOptions recording =
          StackOptions.standard()
              .withTransport(
                  (request, limit) -> {
                    sent.add(request);
                    String location = locations.get(sent.size() - 1);
                    return location.isEmpty() ? ok(request) : redirect(request, location);
                  });
      DiscogsConfig config =
          DiscogsConfig.builder(TestClients.USER_AGENT)
              .baseUrl(origin)
              .credentials(PersonalAccessToken.of(TOKEN))
              .build();

      try (Discogs discogs = FeignDiscogsClient.create(config, recording)) {
        discogs.database().release(ReleaseId.of(1));
      }

      assertThat(sent)
          .extracting(request -> request.url() + " " + request.headers().get("Authorization"))
          .containsExactly(
              origin + "/releases/1?curr_abbr=USD [Discogs token=" + TOKEN + "]",
              "https://127.0.0.1:10/secure null",
              origin + "/releases/2 null");
    }

    private static Response redirect(Request request, String location) {
      return Response.builder()
          .status(302)
          .headers(Map.of("Location", List.of(location)))
          .request(request)
          .build();
    }

    private static Response ok(Request request) {
      return Response.builder()
          .status(200)
          .headers(Map.of("Content-Type", List.of("application/json")))
          .body(RELEASE, StandardCharsets.UTF_8)
          .request(request)
          .build();
    }
  }

  /** Against the stub: a same-origin hop is signed anew, for its own URL, and verified. */
  @Test
  void signsAnOAuthRedirectAgainForItsNewUrl() {
    try (StubDiscogsServer stub =
            StubDiscogsServer.builder()
                .route(
                    "GET",
                    "/moved",
                    (variables, body) ->
                        StubResponse.status(302).header("Location", "/oauth/identity"))
                .start();
        Discogs discogs =
            FeignDiscogs.create(
                DiscogsConfig.builder(TestClients.USER_AGENT)
                    .baseUrl(stub.baseUrl())
                    .credentials(
                        OAuthCredentials.of(
                            StubDiscogsServer.CONSUMER_KEY,
                            StubDiscogsServer.CONSUMER_SECRET,
                            StubDiscogsServer.OAUTH_TOKEN,
                            StubDiscogsServer.OAUTH_TOKEN_SECRET))
                    .build());
        RawDiscogs raw =
            FeignDiscogs.raw(
                DiscogsConfig.builder(TestClients.USER_AGENT)
                    .baseUrl(stub.baseUrl())
                    .credentials(
                        OAuthCredentials.of(
                            StubDiscogsServer.CONSUMER_KEY,
                            StubDiscogsServer.CONSUMER_SECRET,
                            StubDiscogsServer.OAUTH_TOKEN,
                            StubDiscogsServer.OAUTH_TOKEN_SECRET))
                    .build())) {
      assertThat(raw.get("/moved")).contains("\"username\": \"example_user\"");
      assertThat(discogs.users().identity().username().value()).isEqualTo("example_user");
    }
  }
}
