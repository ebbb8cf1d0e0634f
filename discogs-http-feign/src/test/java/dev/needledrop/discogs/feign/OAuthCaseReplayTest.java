package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.CollectionSort;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.RequestSignerProvider;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.internal.StackOptions;
import dev.needledrop.discogs.feign.testing.BugCase;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.feign.testing.VirtualTime;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.database.SearchType;
import dev.needledrop.discogs.oauth.OAuthSigner;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import feign.Request;
import feign.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The OAuth signing cases, replayed through the whole adapter: the header checked is the one it
 * hands to the wire, and over the stub the stub's own verifier accepts it.
 */
class OAuthCaseReplayTest {

  /** Reads the parameters of an {@code Authorization: OAuth ...} header, decoded. */
  static Map<String, String> oauthParameters(String header) {
    assertThat(header).startsWith("OAuth ");
    return java.util.Arrays.stream(header.substring("OAuth ".length()).split(",\\s*"))
        .map(pair -> pair.split("=", 2))
        .collect(
            Collectors.toMap(
                pair -> pair[0],
                pair ->
                    URLDecoder.decode(
                        pair[1].substring(1, pair[1].length() - 1).replace("+", "%2B"),
                        StandardCharsets.UTF_8),
                (a, b) -> a,
                LinkedHashMap::new));
  }

  @Nested
  @DisplayName("B21: a fresh timestamp and nonce; a 403 is forbidden, not retried")
  class B21 {

    @Test
    void sendsATenDigitTimestampOfNowAndAShortFreshNonceAndRaisesTheForbiddenOnce() {
      BugCase bugCase = BugCase.load("B21");
      try (CaseServer server = CaseServer.start()) {
        server.enqueue(bugCase.response(), bugCase.response());
        DiscogsConfig config =
            TestClients.config(server)
                .retryPolicy(RetryPolicy.standard())
                .credentials(OAuthCredentials.of("ck", "cs", "tk", "ts"))
                .build();

        try (Discogs discogs = FeignDiscogs.create(config)) {
          for (int call = 0; call < 2; call++) {
            assertThatThrownBy(
                    () ->
                        discogs
                            .wantlist()
                            .wants(Username.of("example_user"), PageRequest.of(1, 50)))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("authenticate as the owner");
          }
        }

        List<RecordedRequest> sent = server.requests();
        assertThat(sent).hasSize(2);
        assertThat(sent.get(0).requestLine())
            .isEqualTo("GET /users/example_user/wants?page=1&per_page=50");
        List<Map<String, String>> headers =
            sent.stream()
                .map(request -> oauthParameters(request.header("Authorization").orElseThrow()))
                .toList();
        assertThat(headers)
            .allSatisfy(
                oauth -> {
                  assertThat(oauth.get("oauth_timestamp")).matches("\\d{10}");
                  Instant stamped =
                      Instant.ofEpochSecond(Long.parseLong(oauth.get("oauth_timestamp")));
                  assertThat(Duration.between(stamped, Instant.now()).abs())
                      .isLessThan(Duration.ofMinutes(5));
                  assertThat(oauth.get("oauth_nonce")).hasSizeBetween(1, 64);
                });
        assertThat(headers.get(0).get("oauth_nonce"))
            .isNotEqualTo(headers.get(1).get("oauth_nonce"));
      }
    }
  }

  @Nested
  @DisplayName("Every attempt signed afresh")
  class EveryAttempt {

    @Test
    void signsEachRetryWithItsOwnNonceOverTheSameRequest() {
      try (CaseServer server = CaseServer.start()) {
        server.enqueue(
            ScriptedResponse.empty(503, Map.of()),
            ScriptedResponse.empty(502, Map.of()),
            ScriptedResponse.ok("{\"id\": 1, \"username\": \"example_user\"}"));
        DiscogsConfig config =
            TestClients.config(server)
                .retryPolicy(RetryPolicy.standard())
                .credentials(
                    new OAuthCredentials("ck", "cs", "tk", "ts", SignatureMethod.HMAC_SHA1))
                .build();

        try (Discogs discogs = FeignDiscogsClient.create(config, new VirtualTime())) {
          assertThat(discogs.users().identity().username().value()).isEqualTo("example_user");
        }

        List<Map<String, String>> attempts =
            server.requests().stream()
                .map(request -> oauthParameters(request.header("Authorization").orElseThrow()))
                .toList();
        assertThat(server.requests())
            .extracting(RecordedRequest::requestLine)
            .containsOnly("GET /oauth/identity");
        assertThat(attempts).hasSize(3);
        assertThat(attempts).extracting(oauth -> oauth.get("oauth_nonce")).doesNotHaveDuplicates();
        assertThat(attempts)
            .extracting(oauth -> oauth.get("oauth_signature"))
            .doesNotHaveDuplicates();
      }
    }
  }

  @Nested
  @DisplayName("B22: the exact HMAC-SHA1 signature, query in the parameters")
  class B22 {

    private final BugCase bugCase = BugCase.load("B22");
    private final OAuthCredentials credentials =
        new OAuthCredentials(
            "example_consumer_key",
            "example_consumer_secret",
            "example_token",
            "example_token_secret",
            SignatureMethod.HMAC_SHA1);
    private final Clock at1700000000 =
        Clock.fixed(Instant.ofEpochSecond(1_700_000_000L), ZoneOffset.UTC);

    private RequestSignerProvider fixedSigner() {
      return oauth ->
          OAuthSigner.builder(oauth)
              .clock(at1700000000)
              .nonceSource(() -> "4f3a9c1e7b2d4a60")
              .build();
    }

    @Test
    void sendsTheSignatureTheCaseNamesToDiscogs() {
      List<Request> wire = new ArrayList<>();
      StackOptions recording =
          StackOptions.standard()
              .withSigners(() -> Optional.of(fixedSigner()))
              .withTransport(
                  (request, limit) -> {
                    wire.add(request);
                    return answer(request);
                  });
      DiscogsConfig config =
          DiscogsConfig.builder(TestClients.USER_AGENT)
              .credentials(credentials)
              .rateLimiter(RateLimiter.unlimited())
              .build();

      Page<CollectionItem> page;
      try (Discogs discogs = FeignDiscogsClient.create(config, recording)) {
        page =
            discogs
                .collection()
                .items(
                    Username.of("example_user"),
                    FolderId.ALL,
                    Optional.of(Sort.descending(CollectionSort.ADDED)),
                    PageRequest.of(2, 100));
      }

      Request sent = wire.get(0);
      assertThat(sent.url())
          .startsWith("https://api.discogs.com/users/example_user/collection/folders/0/releases?");
      assertThat(sent.url().substring(sent.url().indexOf('?') + 1).split("&"))
          .containsExactlyInAnyOrder("page=2", "per_page=100", "sort=added", "sort_order=desc");
      String header = sent.headers().get("Authorization").iterator().next();
      assertThat(oauthParameters(header))
          .containsEntry("oauth_signature", "fqvY0gECG5WN2+hNnySJGvHassI=")
          .containsEntry("oauth_version", "1.0")
          .containsEntry("oauth_timestamp", "1700000000")
          .containsEntry("oauth_nonce", "4f3a9c1e7b2d4a60")
          .doesNotContainValue("kBWlfxT7Nw+/Ke86EWsjiIez4y0=");
      assertThat(header).contains("oauth_signature=\"fqvY0gECG5WN2%2BhNnySJGvHassI%3D\"");
      assertThat(page.items())
          .singleElement()
          .satisfies(item -> assertThat(item.releaseId().value()).isEqualTo(9000040));
    }

    @Test
    void passesTheStubsVerifierSignedTheSameWayOverHttp() {
      try (StubDiscogsServer stub = StubDiscogsServer.builder().clock(at1700000000).start()) {
        stub.oauth().addConsumer("example_consumer_key", "example_consumer_secret");
        var issued = stub.oauth().issueAccessToken("example_consumer_key", "example_user");
        OAuthCredentials granted =
            new OAuthCredentials(
                "example_consumer_key",
                "example_consumer_secret",
                issued.token(),
                issued.secret(),
                SignatureMethod.HMAC_SHA1);
        DiscogsConfig config =
            DiscogsConfig.builder(TestClients.USER_AGENT)
                .baseUrl(stub.baseUrl())
                .credentials(granted)
                .build();

        try (Discogs discogs =
            FeignDiscogsClient.create(
                config, StackOptions.standard().withSigners(() -> Optional.of(fixedSigner())))) {
          assertThat(
                  discogs
                      .collection()
                      .items(
                          Username.of("example_user"),
                          FolderId.ALL,
                          Optional.of(Sort.descending(CollectionSort.ADDED)),
                          PageRequest.of(1, 100))
                      .items())
              .isNotEmpty();
        }
      }
    }

    private Response answer(Request request) {
      ScriptedResponse scripted = bugCase.response();
      Map<String, java.util.Collection<String>> headers = new LinkedHashMap<>();
      scripted.headers().forEach((name, value) -> headers.put(name, List.of(value)));
      return Response.builder()
          .status(scripted.status())
          .headers(headers)
          .body(scripted.body())
          .request(request)
          .build();
    }
  }

  @Nested
  @DisplayName("B24: Unicode search text, signed and sent")
  class B24 {

    @Test
    void sendsTheEncodedQueryAndTheStubVerifiesItsSignature() {
      try (StubDiscogsServer stub = StubDiscogsServer.start()) {
        DiscogsConfig config =
            DiscogsConfig.builder(TestClients.USER_AGENT)
                .baseUrl(stub.baseUrl())
                .credentials(
                    new OAuthCredentials(
                        StubDiscogsServer.CONSUMER_KEY,
                        StubDiscogsServer.CONSUMER_SECRET,
                        StubDiscogsServer.OAUTH_TOKEN,
                        StubDiscogsServer.OAUTH_TOKEN_SECRET,
                        SignatureMethod.HMAC_SHA1))
                .retryPolicy(RetryPolicy.none())
                .build();
        SearchQuery query =
            SearchQuery.builder().query("Préludes – 東京 & Söhne").type(SearchType.RELEASE).build();

        try (Discogs discogs = FeignDiscogs.create(config)) {
          assertThat(discogs.database().search(query, PageRequest.first()).items()).isEmpty();
        }

        assertThat(stub.lastRequest().orElseThrow().rawQuery())
            .contains("q=Pr%C3%A9ludes%20%E2%80%93%20%E6%9D%B1%E4%BA%AC%20%26%20S%C3%B6hne");
      }
    }
  }
}
