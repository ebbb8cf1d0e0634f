package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.CallTimeoutException;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.feign.testing.VirtualTime;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The adapter paces its calls with the limiter, so that the server never has to refuse one. */
class PacingTest {

  private static final String RELEASE = "{\"id\": 1, \"title\": \"T\"}";

  @Nested
  class AgainstTheStub {

    @Test
    void fourThreadsStayWithinAScaledWindowWithoutASingle429() throws Exception {
      Duration window = Duration.ofMillis(500);
      try (StubDiscogsServer stub = StubDiscogsServer.builder().rateLimit(5, 5, window).start();
          Discogs discogs =
              FeignDiscogs.create(
                  config(stub)
                      .rateLimiter(
                          PacedRateLimiter.builder()
                              .window(window)
                              .margin(Duration.ofMillis(30))
                              .limit(5)
                              .build())
                      .build())) {
        long started = System.nanoTime();

        runConcurrently(4, 6, () -> discogs.database().release(ReleaseId.of(249504)));

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(stub.rateLimitRefusals()).isZero();
        assertThat(stub.requests()).hasSize(24);
        // The first 5 at once, then 19 spread at 5 per 500 ms: at least 1.9 s.
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(1_900));
      }
    }

    @Test
    void sharesOneBudgetBetweenTheClientsOfOneCredential() {
      try (StubDiscogsServer stub =
              StubDiscogsServer.builder().rateLimit(3, 3, Duration.ofSeconds(60)).start();
          Discogs first = FeignDiscogs.create(config(stub).build());
          Discogs second = FeignDiscogs.create(config(stub).build());
          Discogs otherUser =
              FeignDiscogs.create(
                  config(stub)
                      .credentials(PersonalAccessToken.of(StubDiscogsServer.OTHER_USER_TOKEN))
                      .build())) {
        first.database().release(ReleaseId.of(249504));
        second.database().release(ReleaseId.of(249504));
        first.database().release(ReleaseId.of(249504));

        assertThatThrownBy(() -> second.database().release(ReleaseId.of(249504)))
            .isInstanceOf(CallTimeoutException.class)
            .hasMessageContaining("waiting for the rate limit would outlast");
        otherUser.database().release(ReleaseId.of(249504));

        assertThat(stub.requests()).hasSize(4);
        assertThat(stub.rateLimitRefusals()).isZero();
      }
    }

    private DiscogsConfig.Builder config(StubDiscogsServer stub) {
      return DiscogsConfig.builder(TestClients.USER_AGENT)
          .baseUrl(stub.baseUrl())
          .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
          .callTimeout(Duration.ofSeconds(2));
    }
  }

  @Nested
  class Headers {

    private final VirtualTime time = new VirtualTime();

    private FeignDiscogsClient client(CaseServer server) {
      return FeignDiscogsClient.create(
          TestClients.config(server)
              .rateLimiter(PacedRateLimiter.builder().limit(60).timeSource(time).build())
              .build(),
          time);
    }

    // A JSON answer without the rate-limit headers the script adds by default.
    private ScriptedResponse bare() {
      return ScriptedResponse.empty(200, Map.of("Content-Type", "application/json"))
          .withBody(RELEASE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void areReadWhateverTheirCase() {
      try (CaseServer server = CaseServer.start();
          FeignDiscogsClient discogs = client(server)) {
        IntStream.range(0, 3)
            .forEach(
                used ->
                    server.enqueue(
                        bare()
                            .withHeader("x-discogs-ratelimit", "2")
                            .withHeader("X-DISCOGS-RATELIMIT-USED", String.valueOf(used + 1))
                            .withHeader(
                                "x-Discogs-RateLimit-Remaining", String.valueOf(1 - used))));

        IntStream.range(0, 3).forEach(i -> discogs.database().release(ReleaseId.of(1)));

        // Told the limit is 2, the client waited a whole window before the third request.
        assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
      }
    }

    @Test
    void fallBackToTheDocumentedLimitWhenMissingOrBlank() {
      try (CaseServer server = CaseServer.start();
          FeignDiscogsClient discogs = client(server)) {
        IntStream.range(0, 60)
            .forEach(
                i ->
                    server.enqueue(
                        i % 2 == 0
                            ? bare()
                            : bare()
                                .withHeader("X-Discogs-Ratelimit", " ")
                                .withHeader("X-Discogs-Ratelimit-Remaining", "")));

        IntStream.range(0, 60).forEach(i -> discogs.database().release(ReleaseId.of(1)));

        assertThat(time.elapsed()).isZero();
        server.enqueue(bare());
        discogs.database().release(ReleaseId.of(1));
        assertThat(time.elapsed()).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
      }
    }
  }

  private static void runConcurrently(int threads, int callsEach, Runnable call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        done.add(pool.submit(() -> IntStream.range(0, callsEach).forEach(i -> call.run())));
      }
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      pool.shutdown();
    }
  }
}
