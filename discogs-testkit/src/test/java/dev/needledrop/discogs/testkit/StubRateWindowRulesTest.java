package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.testkit.support.StubClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The stub's selectable window rules and its simulated second consumer, over HTTP. */
class StubRateWindowRulesTest {

  private final ManualClock clock = ManualClock.start();

  private StubDiscogsServer start(StubDiscogsServer.Builder builder) {
    return builder
        .standardCatalogue(false)
        .rateLimit(3, 2, Duration.ofSeconds(60))
        .clock(clock)
        .start();
  }

  private static HttpResponse<String> asUser(StubClient client) {
    return client.get("/releases/1").token(StubDiscogsServer.USER_TOKEN).send();
  }

  private static String used(HttpResponse<String> response) {
    return response.headers().firstValue("X-Discogs-Ratelimit-Used").orElseThrow();
  }

  @Nested
  class FixedWindow {

    @Test
    void givesAFreshBudgetAtTheNextBoundary() {
      try (StubDiscogsServer stub =
          start(StubDiscogsServer.builder().rateWindowRule(RateWindowRule.FIXED_WINDOW))) {
        StubClient client = new StubClient(stub.baseUrl());
        IntStream.range(0, 3).forEach(i -> asUser(client));
        assertThat(asUser(client).statusCode()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(60));

        assertThat(used(asUser(client))).isEqualTo("1");
        assertThat(stub.rateLimitRefusals()).isEqualTo(1);
      }
    }
  }

  @Nested
  class TokenBucket {

    @Test
    void refillsOneRequestEveryWindowOverLimit() {
      try (StubDiscogsServer stub =
          start(StubDiscogsServer.builder().rateWindowRule(RateWindowRule.TOKEN_BUCKET))) {
        StubClient client = new StubClient(stub.baseUrl());
        IntStream.range(0, 3).forEach(i -> asUser(client));
        assertThat(asUser(client).statusCode()).isEqualTo(429);

        clock.advance(Duration.ofSeconds(20));

        assertThat(asUser(client).statusCode()).isNotEqualTo(429);
        assertThat(asUser(client).statusCode()).isEqualTo(429);
      }
    }
  }

  @Nested
  class SecondConsumer {

    @Test
    void spendsPartOfEachCallersBudgetFromTheStart() {
      try (StubDiscogsServer stub = start(StubDiscogsServer.builder().foreignLoad(2))) {
        StubClient client = new StubClient(stub.baseUrl());

        HttpResponse<String> first = asUser(client);

        assertThat(used(first)).isEqualTo("3");
        assertThat(asUser(client).statusCode()).isEqualTo(429);
      }
    }

    @Test
    void refusesANegativeLoad() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> StubDiscogsServer.builder().foreignLoad(-1))
          .withMessageContaining("foreign load");
    }
  }
}
