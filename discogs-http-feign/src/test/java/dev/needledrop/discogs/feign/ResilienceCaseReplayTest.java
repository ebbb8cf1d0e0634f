package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.CallTimeoutException;
import dev.needledrop.discogs.error.OutcomeUnknownException;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.testing.BugCase;
import dev.needledrop.discogs.feign.testing.CaseServerTest;
import dev.needledrop.discogs.feign.testing.Probe;
import dev.needledrop.discogs.feign.testing.ProbeRoutes;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.RecordingListener;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.feign.testing.VirtualTime;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.observability.Waiting;
import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.retry.StandardRetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubFault;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the rate-limit and transport bug cases (B15, B18, B20, B33) through the adapter with its
 * pacing and retries switched on. Long waits run in virtual time: the assertions read the waits the
 * client would have made.
 */
class ResilienceCaseReplayTest extends CaseServerTest {

  private static final String RELEASE_JSON =
      "{\"id\": 1, \"title\": \"Never Gonna Give You Up\", \"resource_url\": \"x\"}";

  private final VirtualTime time = new VirtualTime();
  private final RecordingListener listener = new RecordingListener();

  /** A client with the standard policy (or the given one) and a limiter, both in virtual time. */
  private FeignDiscogsClient client(RetryPolicy retries) {
    DiscogsConfig config =
        TestClients.config(server)
            .retryPolicy(retries)
            .rateLimiter(PacedRateLimiter.builder().timeSource(time).build())
            .callListener(listener)
            .callTimeout(Duration.ofMinutes(30))
            .build();
    return FeignDiscogsClient.create(config, time);
  }

  private static StandardRetryPolicy patient(int attempts) {
    return StandardRetryPolicy.builder()
        .maxAttempts(attempts)
        .maxRateLimitedAttempts(attempts)
        .maxElapsed(Duration.ofMinutes(20))
        .build();
  }

  @Nested
  @DisplayName("B15: HTML 503 with Retry-After from a proxy")
  class B15 {

    private final BugCase bugCase = BugCase.load("B15");

    @Test
    void retriesAGetBoundedTimesWaitingAboutTheRetryAfterThenThrowsTheTypedError() {
      IntStream.range(0, 6).forEach(i -> server.enqueue(bugCase.response()));

      try (FeignDiscogsClient discogs = client(RetryPolicy.standard())) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(9000013)))
            .asInstanceOf(type(ServerErrorException.class))
            .satisfies(
                error -> {
                  assertThat(error.status()).isEqualTo(503);
                  assertThat(error.bodyPreview()).contains("Service Temporarily Unavailable");
                });
      }

      // The standard budget of 90 seconds leaves room for two waits of about 30 seconds.
      assertThat(server.requests()).hasSize(3);
      assertThat(listener.waits(Waiting.Reason.SERVER_ERROR))
          .hasSize(2)
          .allSatisfy(
              wait -> assertThat(wait).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31)));
    }

    @Test
    void succeedsOnceTheServiceIsBack() {
      server.enqueue(bugCase.response(), ScriptedResponse.ok(RELEASE_JSON));

      try (FeignDiscogsClient discogs = client(RetryPolicy.standard())) {
        assertThat(discogs.database().release(ReleaseId.of(1)).title())
            .isEqualTo("Never Gonna Give You Up");
      }
      assertThat(time.elapsed()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31));
    }

    @Test
    void stopsAtTheConfiguredNumberOfAttempts() {
      IntStream.range(0, 6).forEach(i -> server.enqueue(bugCase.response()));

      try (FeignDiscogsClient discogs = client(patient(2))) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .isInstanceOf(ServerErrorException.class);
      }
      assertThat(server.requests()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {500, 502, 504, 520, 521, 522, 523, 524})
    void retriesEveryProxyErrorOfTheKindWithBackoff(int status) {
      server.enqueue(
          ScriptedResponse.empty(status, Map.of("Content-Type", "text/html"))
              .withBody("<html><body>origin down</body></html>".getBytes(StandardCharsets.UTF_8)),
          ScriptedResponse.ok(RELEASE_JSON));

      try (FeignDiscogsClient discogs = client(RetryPolicy.standard())) {
        assertThat(discogs.database().release(ReleaseId.of(1)).id()).isEqualTo(ReleaseId.of(1));
      }
      assertThat(listener.waits(Waiting.Reason.SERVER_ERROR))
          .singleElement()
          .satisfies(
              wait -> assertThat(wait).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1)));
    }
  }

  @Nested
  @DisplayName("B18: 429 with a spent window")
  class B18 {

    private final BugCase bugCase = BugCase.load("B18");

    @Test
    void givesUpAfterTheConfiguredAttemptsWithTheSnapshotMessageAndWait() {
      IntStream.range(0, 6).forEach(i -> server.enqueue(bugCase.response()));

      try (FeignDiscogsClient discogs = client(patient(3))) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(9000016)))
            .asInstanceOf(type(RateLimitedException.class))
            .satisfies(
                limited -> {
                  assertThat(limited.serverMessage())
                      .isEqualTo("You are making requests too quickly.");
                  assertThat(limited.rateLimit())
                      .hasValueSatisfying(
                          snapshot -> {
                            assertThat(snapshot.limit()).isEqualTo(60);
                            assertThat(snapshot.used()).isEqualTo(60);
                            assertThat(snapshot.remaining()).isZero();
                          });
                  assertThat(limited.waited()).isGreaterThan(Duration.ofSeconds(120));
                  assertThat(limited.getMessage()).contains("gave up after waiting");
                });
      }
      assertThat(server.requests()).hasSize(3);
    }

    @Test
    void waitsUntilTheWindowFreesThenSucceeds() {
      server.enqueue(bugCase.response(), ScriptedResponse.ok(RELEASE_JSON));

      try (FeignDiscogsClient discogs = client(RetryPolicy.standard())) {
        assertThat(discogs.database().release(ReleaseId.of(1)).id()).isEqualTo(ReleaseId.of(1));
      }
      // The backoff, then the limiter holding the request until the full window has passed.
      assertThat(listener.waits(Waiting.Reason.RATE_LIMITED)).hasSize(1);
      assertThat(time.elapsed()).isBetween(Duration.ofSeconds(60), Duration.ofSeconds(61));
    }

    @Test
    void neverLoopsForeverWithTheDefaults() {
      IntStream.range(0, 20).forEach(i -> server.enqueue(bugCase.response()));

      try (FeignDiscogsClient discogs = client(RetryPolicy.standard())) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .isInstanceOf(RateLimitedException.class);
      }
      assertThat(server.requests()).hasSizeBetween(2, 6);
      assertThat(time.elapsed()).isLessThan(Duration.ofSeconds(150));
    }

    @Test
    void honoursARetryAfterWhenTheServerSendsOne() {
      server.enqueue(
          ScriptedResponse.json(429, "{\"message\": \"You are making requests too quickly.\"}")
              .withHeader("Retry-After", "7"),
          ScriptedResponse.ok(RELEASE_JSON));

      try (FeignDiscogsClient discogs = client(RetryPolicy.standard())) {
        discogs.database().release(ReleaseId.of(1));
      }
      assertThat(listener.waits(Waiting.Reason.RATE_LIMITED))
          .singleElement()
          .satisfies(
              wait -> assertThat(wait).isBetween(Duration.ofSeconds(7), Duration.ofMillis(7_700)));
    }
  }

  @Nested
  @DisplayName("B20: 429 in the middle of a paginated walk")
  class B20 {

    private final BugCase bugCase = BugCase.load("B20");

    private ScriptedResponse page(int page) {
      String items =
          String.join(
              ", ",
              "{\"id\": " + (page * 10 + 1) + ", \"title\": \"P" + page + "A\"}",
              "{\"id\": " + (page * 10 + 2) + ", \"title\": \"P" + page + "B\"}");
      return ScriptedResponse.ok(
          "{\"pagination\": {\"page\": "
              + page
              + ", \"pages\": 8, \"per_page\": 2, \"items\": 16, \"urls\": {}}, \"releases\": ["
              + items
              + "]}");
    }

    @Test
    void waitsAndResumesTheSamePageYieldingEveryItemOnce() {
      IntStream.rangeClosed(1, 6).forEach(page -> server.enqueue(page(page)));
      server.enqueue(bugCase.response(), page(7), page(8));

      List<String> titles;
      try (FeignDiscogsClient discogs = client(RetryPolicy.standard())) {
        titles =
            discogs.database().allLabelReleases(LabelId.of(1)).map(LabelRelease::title).toList();
      }

      List<String> expected = new ArrayList<>();
      IntStream.rangeClosed(1, 8)
          .forEach(page -> expected.addAll(List.of("P" + page + "A", "P" + page + "B")));
      assertThat(titles).containsExactlyElementsOf(expected);
      assertThat(server.requests().stream().map(RecordedRequest::query).map(q -> q.get("page")))
          .containsExactly("1", "2", "3", "4", "5", "6", "7", "7", "8");
    }

    @Test
    void reportsPageSevenAsTheResumePointWhenRetriesRunOut() {
      IntStream.rangeClosed(1, 6).forEach(page -> server.enqueue(page(page)));
      IntStream.range(0, 4).forEach(i -> server.enqueue(bugCase.response()));
      List<String> seen = new ArrayList<>();

      try (FeignDiscogsClient discogs = client(patient(2))) {
        assertThatThrownBy(
                () ->
                    discogs
                        .database()
                        .allLabelReleases(LabelId.of(1))
                        .forEach(release -> seen.add(release.title())))
            .asInstanceOf(type(RateLimitedException.class))
            .satisfies(limited -> assertThat(limited.resumePage()).hasValue(7));
      }
      assertThat(seen).hasSize(12).endsWith("P6B");
    }
  }

  @Nested
  @DisplayName("B33: a POST answered after the read timeout")
  class B33 {

    private final ProbeRoutes routes = new ProbeRoutes();

    @Test
    void timesOutNearTheLimitSendsItOnceAndSaysTheOutcomeIsUnknown() {
      try (StubDiscogsServer stub = routes.addTo(StubDiscogsServer.builder()).start()) {
        stub.inject(StubFault.delayedAnswer(Duration.ofSeconds(2)));
        DiscogsConfig config =
            DiscogsConfig.builder(TestClients.USER_AGENT)
                .baseUrl(stub.baseUrl())
                .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
                .readTimeout(Duration.ofMillis(400))
                .build();
        long started = System.nanoTime();

        try (FeignDiscogsClient discogs = FeignDiscogsClient.create(config)) {
          assertThatThrownBy(() -> new Probe(discogs).addToFolder("example_user", 1, 9000019))
              .isInstanceOf(OutcomeUnknownException.class)
              .hasCauseInstanceOf(CallTimeoutException.class)
              .hasMessageContaining("timed out after 400 ms waiting for a response from 127.0.0.1:")
              .hasMessageContaining("may have applied it");
        }

        assertThat(Duration.ofNanos(System.nanoTime() - started))
            .isBetween(Duration.ofMillis(400), Duration.ofMillis(1_500));
        assertThat(stub.requests()).hasSize(1);
        assertThat(stub.appliedWrites()).hasSize(1);
      }
    }
  }
}
