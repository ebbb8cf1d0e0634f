package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.feign.internal.codec.DiscogsErrorDecoder;
import dev.needledrop.discogs.feign.internal.codec.Json;
import dev.needledrop.discogs.feign.internal.http.JdkHttpClient;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.feign.internal.resilience.ResilienceSettings;
import dev.needledrop.discogs.feign.internal.resilience.ResilientClient;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.VirtualTime;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each attempt is prepared afresh, so that a step such as OAuth signing can put a new nonce in
 * every retry.
 */
class AttemptStepTest {

  @Test
  void preparesEveryAttemptAgainBeforeSendingIt() {
    try (CaseServer server = CaseServer.start();
        JdkHttpClient transport = JdkHttpClient.create(Duration.ofSeconds(5))) {
      server.enqueue(
          ScriptedResponse.empty(503, Map.of()),
          ScriptedResponse.empty(502, Map.of()),
          ScriptedResponse.ok("{}"));
      RateLimitTracker rateLimits = new RateLimitTracker(Clock.systemUTC());
      ResilienceSettings settings =
          new ResilienceSettings(
                  RateLimiter.unlimited(),
                  RetryPolicy.standard(),
                  CallListener.none(),
                  rateLimits,
                  new DiscogsErrorDecoder(Json.shared(), rateLimits, Clock.systemUTC()),
                  new VirtualTime(),
                  Duration.ofSeconds(5),
                  Duration.ofMinutes(2),
                  List.of())
              .withStep((request, attempt) -> withHeader(request, "X-Nonce", "nonce-" + attempt));
      Request request =
          Request.create(
              Request.HttpMethod.GET,
              server.baseUrl() + "/releases/1",
              Map.of(),
              null,
              StandardCharsets.UTF_8,
              null);

      try (Response response = new ResilientClient(transport, settings).execute(request, null)) {
        assertThat(response.status()).isEqualTo(200);
      }

      assertThat(server.requests())
          .map(recorded -> recorded.header("X-Nonce").orElse(""))
          .containsExactly("nonce-1", "nonce-2", "nonce-3");
      assertThat(server.requests()).allSatisfy(AttemptStepTest::isAGet);
    }
  }

  private static void isAGet(RecordedRequest request) {
    assertThat(request.requestLine()).isEqualTo("GET /releases/1");
  }

  private static Request withHeader(Request request, String name, String value) {
    Map<String, Collection<String>> headers = new HashMap<>(request.headers());
    headers.put(name, List.of(value));
    return Request.create(
        request.httpMethod(), request.url(), headers, request.body(), request.charset(), null);
  }
}
