package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every fault knob of the stub, seen from a plain HTTP client. */
class StubFaultsTest {

  private static final String ITEMS = "/probe/items";

  private final AtomicInteger created = new AtomicInteger();
  private final StubDiscogsServer stub =
      StubDiscogsServer.builder()
          .route(
              "POST",
              ITEMS,
              (variables, body) ->
                  StubResponse.status(201)
                      .header("Content-Type", "application/json")
                      .body("{\"id\": " + created.incrementAndGet() + ", \"echo\": " + body + "}"))
          .start();
  private final StubClient client = new StubClient(stub.baseUrl());

  @AfterEach
  void stop() {
    stub.close();
  }

  private HttpResponse<String> release() {
    return client.get("/releases/249504").send();
  }

  private HttpResponse<String> post(String body) {
    return client.call("POST", ITEMS).jsonBody(body).send();
  }

  @Nested
  class RateLimited {

    @Test
    void answers429WithASpentWindowWithoutCountingOrApplying() {
      stub.inject(StubFault.rateLimited());

      HttpResponse<String> refused = post("{\"n\": 1}");

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.body())
          .isEqualTo("{\"message\": \"You are making requests too quickly.\"}");
      assertThat(refused.headers().firstValue("X-Discogs-Ratelimit-Remaining")).hasValue("0");
      assertThat(refused.headers().firstValue("X-Discogs-Ratelimit-Used")).hasValue("25");
      assertThat(refused.headers().firstValue("Retry-After")).isEmpty();
      assertThat(stub.appliedWrites()).isEmpty();
      assertThat(release().headers().firstValue("X-Discogs-Ratelimit-Used")).hasValue("1");
    }

    @Test
    void asksToWaitWhenGivenARetryAfter() {
      stub.inject(StubFault.rateLimited().retryAfter(Duration.ofSeconds(7)));

      assertThat(release().headers().firstValue("Retry-After")).hasValue("7");
    }
  }

  @Nested
  class ServerErrors {

    @Test
    void answerWithADiscogsJsonErrorWithoutApplying() {
      stub.inject(StubFault.serverError(500));

      HttpResponse<String> failed = post("{}");

      assertThat(failed.statusCode()).isEqualTo(500);
      assertThat(failed.body()).contains("An internal server error occurred.");
      assertThat(failed.headers().firstValue("X-Discogs-Ratelimit")).isPresent();
      assertThat(stub.appliedWrites()).isEmpty();
    }

    @Test
    void answerWithAProxysHtmlPageAndNoRateLimitHeaders() {
      stub.inject(StubFault.htmlError(503).retryAfter(Duration.ofSeconds(30)));

      HttpResponse<String> failed = release();

      assertThat(failed.statusCode()).isEqualTo(503);
      assertThat(failed.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
      assertThat(failed.headers().firstValue("Retry-After")).hasValue("30");
      assertThat(failed.headers().firstValue("X-Discogs-Ratelimit")).isEmpty();
      assertThat(failed.body()).contains("503 Service Temporarily Unavailable");
    }

    @Test
    void canStrikeAfterTheWriteWasApplied() {
      stub.inject(StubFault.serverError(502).afterProcessing());

      assertThat(post("{}").statusCode()).isEqualTo(502);
      assertThat(stub.appliedWrites()).hasSize(1);
    }
  }

  @Nested
  class SpoiledBodies {

    @Test
    void emptyOkDropsTheBodyOfAnAppliedWrite() {
      stub.inject(StubFault.emptyOk());

      HttpResponse<String> answer = post("{}");

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).isEmpty();
      assertThat(stub.appliedWrites()).hasSize(1);
    }

    @Test
    void truncatedJsonSendsHalfTheBodyProperlyFramed() {
      stub.inject(StubFault.truncatedJson());

      HttpResponse<String> answer = release();

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(answer.body()).startsWith("{").doesNotEndWith("}");
      assertThatThrownBy(() -> new ObjectMapper().readTree(answer.body()))
          .isInstanceOf(IOException.class);
    }

    @Test
    void truncatedBodyResetsTheConnectionMidBodyAfterApplying() {
      stub.inject(StubFault.truncatedBody());

      assertThatThrownBy(() -> post("{\"n\": 2}"))
          .isInstanceOf(UncheckedIOException.class)
          .hasCauseInstanceOf(IOException.class);
      assertThat(stub.appliedWrites()).hasSize(1);
    }

    @Test
    void slowBodyHoldsTheBodyBackAfterPromptHeaders() {
      stub.inject(StubFault.slowBody(Duration.ofMillis(600)));
      long started = System.nanoTime();

      // The JDK client's timeout covers the headers only: the body may take as long as it likes.
      HttpResponse<String> answer =
          client.get("/releases/249504").timeout(Duration.ofMillis(200)).send();

      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(Duration.ofMillis(600));
      assertThat(answer.body()).endsWith("}");
    }

    @Test
    void slowBodyArrivesWholeForAPatientClient() {
      stub.inject(StubFault.slowBody(Duration.ofMillis(300)));
      long started = System.nanoTime();

      HttpResponse<String> answer = release();

      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(Duration.ofMillis(300));
      assertThat(answer.body()).contains("Never Gonna Give You Up").endsWith("}");
    }
  }

  @Nested
  class MissingAnswers {

    @Test
    void delayedAnswerComesAfterThePause() {
      stub.inject(StubFault.delayedAnswer(Duration.ofMillis(300)));
      long started = System.nanoTime();

      assertThat(post("{}").statusCode()).isEqualTo(201);
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void resetCutsTheConnectionAfterApplyingTheWrite() {
      stub.inject(StubFault.reset());

      assertThatThrownBy(() -> post("{\"n\": 3}")).isInstanceOf(UncheckedIOException.class);
      assertThat(stub.appliedWrites()).hasSize(1);
      assertThat(stub.requests()).hasSize(1);
    }

    @Test
    void resetBeforeProcessingAppliesNothing() {
      stub.inject(StubFault.reset().beforeProcessing());

      assertThatThrownBy(() -> post("{}")).isInstanceOf(UncheckedIOException.class);
      assertThat(stub.appliedWrites()).isEmpty();
    }

    @Test
    void noAnswerKeepsTheClientWaitingUntilItGivesUp() {
      stub.inject(StubFault.noAnswer().silentFor(Duration.ofSeconds(5)));

      assertThatThrownBy(
              () -> client.get("/releases/249504").timeout(Duration.ofMillis(300)).send())
          .hasRootCauseInstanceOf(HttpTimeoutException.class);
      assertThat(release().statusCode()).isEqualTo(200);
    }
  }

  @Nested
  class Targeting {

    @Test
    void strikesOnlyMatchingRequestsAndOnlyTheGivenNumberOfTimes() {
      stub.inject(StubFault.serverError(503).times(2).on("GET", "/releases/*"));

      assertThat(client.get("/releases/249504/rating").send().statusCode()).isEqualTo(200);
      assertThat(post("{}").statusCode()).isEqualTo(201);
      assertThat(release().statusCode()).isEqualTo(503);
      assertThat(stub.pendingFaults()).isEqualTo(1);
      assertThat(release().statusCode()).isEqualTo(503);
      assertThat(release().statusCode()).isEqualTo(200);
    }

    @Test
    void appliesFaultsInTheOrderInjected() {
      stub.inject(StubFault.serverError(502));
      stub.inject(StubFault.htmlError(504));

      assertThat(release().statusCode()).isEqualTo(502);
      assertThat(release().statusCode()).isEqualTo(504);
    }

    @Test
    void forgetsFaultsWhenCleared() {
      stub.inject(StubFault.rateLimited().times(3));
      stub.clearFaults();

      assertThat(release().statusCode()).isEqualTo(200);
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
      assertThatIllegalArgumentException().isThrownBy(() -> StubFault.serverError(404));
      assertThatIllegalArgumentException().isThrownBy(() -> StubFault.reset().times(0));
      assertThatIllegalArgumentException().isThrownBy(() -> StubFault.reset().on("GET", "x"));
      assertThatIllegalStateException().isThrownBy(() -> StubFault.emptyOk().beforeProcessing());
      assertThatIllegalStateException().isThrownBy(() -> StubFault.rateLimited().afterProcessing());
      assertThatIllegalStateException()
          .isThrownBy(() -> StubFault.reset().retryAfter(Duration.ofSeconds(1)));
    }
  }

  @Nested
  class Logs {

    @Test
    void recordWritesAppliedButNotReadsOrRefusedWrites() {
      post("{\"n\": 1}");
      release();
      client
          .call("PUT", "/releases/249504/rating/example_user")
          .token(StubDiscogsServer.USER_TOKEN)
          .jsonBody("{\"rating\": 9}")
          .send();

      assertThat(stub.appliedWrites())
          .singleElement()
          .satisfies(write -> assertThat(write.bodyText()).isEqualTo("{\"n\": 1}"));
    }

    @Test
    void customRoutesAnswerThroughThePipeline() {
      HttpResponse<String> created = post("{\"n\": 5}");

      assertThat(created.statusCode()).isEqualTo(201);
      assertThat(StubClient.json(created).path("echo").path("n").asInt()).isEqualTo(5);
      assertThat(created.headers().firstValue("X-Discogs-Ratelimit-Used")).hasValue("1");
    }
  }

  @Nested
  class Connections {

    @Test
    void countsTheClientConnectionsOpenNow() throws IOException, InterruptedException {
      Socket first = new Socket("127.0.0.1", stub.port());
      Socket second = new Socket("127.0.0.1", stub.port());
      awaitConnections(2);

      first.close();
      awaitConnections(1);
      second.close();
      awaitConnections(0);
    }

    private void awaitConnections(int expected) throws InterruptedException {
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (stub.openConnections() != expected && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(stub.openConnections()).isEqualTo(expected);
    }
  }

  @Test
  void describesAFaultWithoutSurprises() {
    assertThat(StubFault.htmlError(503).retryAfter(Duration.ofSeconds(30)).times(2))
        .hasToString(
            "StubFault[HTML_ERROR 503, Retry-After PT30S, before processing, 2x on * /**]");
  }
}
