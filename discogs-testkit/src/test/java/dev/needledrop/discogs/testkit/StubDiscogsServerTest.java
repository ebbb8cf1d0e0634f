package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.testkit.support.StubClient;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StubDiscogsServerTest {

  @Nested
  class Start {

    @Test
    void listensOnTheLoopbackAddressAtAnEphemeralPort() {
      try (StubDiscogsServer server = StubDiscogsServer.start()) {
        assertThat(server.baseUrl().toString()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.port()).isPositive();
      }
    }

    @Test
    void seedsTheStandardCatalogueUnlessToldNot() {
      try (StubDiscogsServer standard = StubDiscogsServer.start();
          StubDiscogsServer empty = StubDiscogsServer.builder().standardCatalogue(false).start()) {
        assertThat(standard.catalogue().release(249504)).isPresent();
        assertThat(empty.catalogue().release(249504)).isEmpty();
      }
    }
  }

  @Nested
  class Close {

    @Test
    void stopsPromptlyAndFreesThePort() {
      StubDiscogsServer server = StubDiscogsServer.builder().standardCatalogue(false).start();
      StubClient client = new StubClient(server.baseUrl());
      client.get("/releases/1").send();

      long started = System.nanoTime();
      server.close();
      Duration took = Duration.ofNanos(System.nanoTime() - started);

      assertThat(took).isLessThan(Duration.ofSeconds(2));
      assertThatThrownBy(() -> client.get("/releases/1").send())
          .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void cutsOffACannedAnswerStillWaiting() {
      StubDiscogsServer server = StubDiscogsServer.builder().standardCatalogue(false).start();
      server.enqueue(StubResponse.status(200).delay(Duration.ofSeconds(30)));
      Thread caller =
          new Thread(
              () -> {
                try {
                  new StubClient(server.baseUrl()).get("/releases/1").send();
                } catch (RuntimeException cutOff) {
                  // Expected: the server went away.
                }
              });
      caller.start();
      awaitRequest(server);

      long started = System.nanoTime();
      server.close();

      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
    }

    @Test
    void canBeClosedTwice() {
      StubDiscogsServer server = StubDiscogsServer.builder().standardCatalogue(false).start();

      server.close();
      server.close();

      assertThat(server.requests()).isEmpty();
    }

    private void awaitRequest(StubDiscogsServer server) {
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (server.requests().isEmpty() && System.nanoTime() < deadline) {
        Thread.onSpinWait();
      }
    }
  }

  @Nested
  class Concurrency {

    @Test
    void answersManyCallersAtOnce() throws Exception {
      try (StubDiscogsServer server =
          StubDiscogsServer.builder().rateLimit(1000, 1000, Duration.ofSeconds(60)).start()) {
        StubClient client = new StubClient(server.baseUrl());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
          calls.add(() -> client.get("/releases/249504").send().statusCode());
        }

        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(calls)) {
          statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).hasSize(80).containsOnly(200);
        assertThat(server.requests()).hasSize(80);
      }
    }
  }
}
