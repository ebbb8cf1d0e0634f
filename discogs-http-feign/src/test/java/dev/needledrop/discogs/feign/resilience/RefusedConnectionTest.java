package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.error.OutcomeUnknownException;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.testing.Probe;
import dev.needledrop.discogs.feign.testing.RecordingListener;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.observability.AttemptStarted;
import dev.needledrop.discogs.observability.Waiting;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.StandardRetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A connection that never opened sent nothing: even a POST may be tried again. */
class RefusedConnectionTest {

  @Test
  void resendsAPostWhoseConnectionWasRefusedThenReportsATransportFailure() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    RecordingListener listener = new RecordingListener();
    DiscogsConfig config =
        DiscogsConfig.builder(TestClients.USER_AGENT)
            .baseUrl("http://127.0.0.1:" + closedPort)
            .rateLimiter(RateLimiter.unlimited())
            .retryPolicy(
                StandardRetryPolicy.builder()
                    .backoff(Duration.ofMillis(1), Duration.ofMillis(5))
                    .build())
            .callListener(listener)
            .build();

    try (FeignDiscogsClient client = FeignDiscogsClient.create(config)) {
      assertThatThrownBy(() -> new Probe(client).post(Map.of("op", "refused")))
          .isInstanceOf(TransportException.class)
          .isNotInstanceOf(OutcomeUnknownException.class)
          .hasMessageStartingWith("POST /probe/items failed: ");
    }

    assertThat(listener.events(AttemptStarted.class)).hasSize(4);
    assertThat(listener.waits(Waiting.Reason.CONNECTION_FAILURE)).hasSize(3);
  }
}
