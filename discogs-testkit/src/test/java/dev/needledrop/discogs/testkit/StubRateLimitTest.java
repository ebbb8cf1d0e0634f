package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.SharedRateLimiters;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import dev.needledrop.discogs.ratelimit.RateLimitFeedback;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StubRateLimitTest {

  private static final List<String> RATE_HEADERS =
      List.of("X-Discogs-Ratelimit", "X-Discogs-Ratelimit-Used", "X-Discogs-Ratelimit-Remaining");

  private final ManualClock clock = ManualClock.start();
  private final StubDiscogsServer server =
      StubDiscogsServer.builder()
          .standardCatalogue(false)
          .rateLimit(3, 2, Duration.ofSeconds(60))
          .clock(clock)
          .start();
  private final StubClient client = new StubClient(server.baseUrl());

  @AfterEach
  void stop() {
    server.close();
  }

  @Nested
  class Headers {

    @Test
    void reportsTheLimitUsedAndRemainingOfTheCallersWindow() {
      HttpResponse<String> first = asUser();
      HttpResponse<String> second = asUser();

      assertThat(header(first, "X-Discogs-Ratelimit")).isEqualTo("3");
      assertThat(header(second, "X-Discogs-Ratelimit-Used")).isEqualTo("2");
      assertThat(header(second, "X-Discogs-Ratelimit-Remaining")).isEqualTo("1");
    }

    @Test
    void givesAnonymousCallersTheLowerLimit() {
      HttpResponse<String> response = anonymous();

      assertThat(header(response, "X-Discogs-Ratelimit")).isEqualTo("2");
    }

    @Test
    void countsEachIdentityInItsOwnWindow() {
      asUser();
      asUser();

      HttpResponse<String> other =
          client.get("/releases/1").token(StubDiscogsServer.OTHER_USER_TOKEN).send();

      assertThat(header(other, "X-Discogs-Ratelimit-Used")).isEqualTo("1");
    }
  }

  @Nested
  class Exceeded {

    @Test
    void answers429WithDiscogsMessageOnceTheWindowIsFull() {
      IntStream.range(0, 3).forEach(i -> asUser());

      HttpResponse<String> refused = asUser();

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.body())
          .isEqualTo("{\"message\": \"You are making requests too quickly.\"}");
      assertThat(header(refused, "X-Discogs-Ratelimit-Used")).isEqualTo("3");
      assertThat(header(refused, "X-Discogs-Ratelimit-Remaining")).isEqualTo("0");
    }

    @Test
    void doesNotCountRefusedRequests() {
      IntStream.range(0, 5).forEach(i -> asUser());
      clock.advance(Duration.ofSeconds(61));

      HttpResponse<String> response = asUser();

      assertThat(header(response, "X-Discogs-Ratelimit-Used")).isEqualTo("1");
    }
  }

  @Nested
  class MovingWindow {

    @Test
    void freesEachRequestOneWindowAfterItWasMade() {
      asUser();
      clock.advance(Duration.ofSeconds(30));
      asUser();
      asUser();
      clock.advance(Duration.ofSeconds(31));

      HttpResponse<String> response = asUser();

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(header(response, "X-Discogs-Ratelimit-Used")).isEqualTo("3");
    }

    @Test
    void startsAfreshAfterAQuietWindow() {
      IntStream.range(0, 3).forEach(i -> asUser());
      clock.advance(Duration.ofSeconds(60));

      assertThat(asUser().statusCode()).isEqualTo(404);
    }

    @Test
    void forgetsEveryCountWhenReset() {
      IntStream.range(0, 3).forEach(i -> asUser());

      server.resetRateLimits();

      assertThat(header(asUser(), "X-Discogs-Ratelimit-Used")).isEqualTo("1");
    }
  }

  @Nested
  class InjectedRefusal {

    @Test
    void reportsTheSameSpentWindowAsARealRefusal() {
      server.inject(StubFault.rateLimited());
      HttpResponse<String> injected = asUser();
      server.resetRateLimits();
      IntStream.range(0, 3).forEach(i -> asUser());

      HttpResponse<String> real = asUser();

      assertThat(injected.statusCode()).isEqualTo(real.statusCode()).isEqualTo(429);
      for (String name : RATE_HEADERS) {
        assertThat(header(injected, name)).as(name).isEqualTo(header(real, name));
      }
      assertThat(injected.headers().firstValue("Retry-After")).isEmpty();
    }
  }

  @Nested
  class ClientLimiters {

    private final PersonalAccessToken token = PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN);

    @Test
    void paceToTheStubsLimitsAndWindowWhileItRuns() {
      try (SharedRateLimiters.Lease lease = SharedRateLimiters.lease(server.baseUrl(), token)) {
        PacedRateLimiter limiter = (PacedRateLimiter) lease.limiter();

        assertThat(limiter.limit()).isEqualTo(3);
        assertThat(limiter.window()).isEqualTo(Duration.ofSeconds(60));
      }
    }

    @Test
    void forgetA429WhenTheStubResetsItsRateLimits() {
      try (SharedRateLimiters.Lease lease = SharedRateLimiters.lease(server.baseUrl(), token)) {
        RateLimiter limiter = lease.limiter();
        limiter.tryAcquire();
        limiter.onResponse(
            new RateLimitFeedback(
                429,
                Optional.of(new RateLimitSnapshot(3, 3, 0, Instant.EPOCH)),
                Optional.empty(),
                Duration.ZERO));
        assertThat(limiter.tryAcquire()).isPositive();

        server.resetRateLimits();

        assertThat(limiter.tryAcquire()).isZero();
      }
    }

    @Test
    void goBackToDiscogsRulesOnceTheStubStops() {
      server.close();

      try (SharedRateLimiters.Lease lease = SharedRateLimiters.lease(server.baseUrl(), token)) {
        assertThat(((PacedRateLimiter) lease.limiter()).limit()).isEqualTo(60);
      }
    }
  }

  private HttpResponse<String> asUser() {
    return client.get("/releases/1").token(StubDiscogsServer.USER_TOKEN).send();
  }

  private HttpResponse<String> anonymous() {
    return client.get("/releases/1").send();
  }

  private static String header(HttpResponse<String> response, String name) {
    return response.headers().firstValue(name).orElseThrow();
  }
}
