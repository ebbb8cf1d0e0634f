package dev.needledrop.discogs.feign.internal.http;

import static dev.needledrop.discogs.feign.internal.http.StressServers.get;
import static dev.needledrop.discogs.feign.internal.http.StressServers.readRequestHead;
import static dev.needledrop.discogs.feign.internal.http.StressServers.reset;
import static dev.needledrop.discogs.feign.internal.http.StressServers.sleep;
import static dev.needledrop.discogs.feign.internal.http.StressServers.text;
import static dev.needledrop.discogs.feign.internal.http.StressServers.write;
import static dev.needledrop.discogs.feign.internal.http.StressServers.writeFiller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * A server that breaks the protocol or the connection at any point costs the caller one failed
 * attempt, within the attempt's limit, and leaves the client able to make the next call.
 */
@Timeout(value = 20, threadMode = ThreadMode.SEPARATE_THREAD)
class MisbehavingServerTest {

  private static final Duration LIMIT = Duration.ofMillis(800);

  // Room for a loaded machine; a limit ignored shows as the servers' 5 s stall, well beyond it.
  private static final long SLACK_MILLIS = 2_500;
  private static final int SHORT_BODY = 100_000;
  private static final int LONG_BODY = 4 * 1024 * 1024;

  private static String headers(long contentLength) {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
        + contentLength
        + "\r\n\r\n";
  }

  private static void answerHello(Socket socket) throws IOException {
    write(socket, headers(5) + "hello");
  }

  // A script that serves "hello" to every request after the first, whose answer it breaks.
  private static StressServers.Script breakingTheFirstAnswer(StressServers.Script breakage) {
    AtomicBoolean broken = new AtomicBoolean();
    return socket -> {
      while (readRequestHead(socket.getInputStream()) != null) {
        if (broken.compareAndSet(false, true)) {
          breakage.run(socket);
          return;
        }
        answerHello(socket);
      }
    };
  }

  private static void assertNextCallWorks(JdkHttpClient http, StressServers.Raw server)
      throws Exception {
    try (Response response = http.send(get(server.url("/next")), LIMIT)) {
      assertThat(text(response)).isEqualTo("hello");
    }
  }

  private static long millisSince(long started) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  @Nested
  class AConnectionResetMidBody {

    @Test
    void failsAShortAnswersAttemptAsUnanswered() throws Exception {
      StressServers.Script resetMidBody =
          socket -> {
            write(socket, headers(SHORT_BODY));
            writeFiller(socket, SHORT_BODY / 2);
            sleep(50);
            reset(socket);
          };
      try (StressServers.Raw server = new StressServers.Raw(breakingTheFirstAnswer(resetMidBody));
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        Throwable failure = catchThrowable(() -> http.send(get(server.url("/cut")), LIMIT));

        assertThat(failure)
            .isInstanceOfSatisfying(
                AttemptFailure.class,
                attempt -> {
                  assertThat(attempt.sent()).isTrue();
                  assertThat(attempt.timedOut()).isFalse();
                });
        assertNextCallWorks(http, server);
      }
    }

    @Test
    void failsTheReaderOfALongAnswer() throws Exception {
      StressServers.Script resetMidBody =
          socket -> {
            write(socket, headers(LONG_BODY));
            writeFiller(socket, 2 * 1024 * 1024);
            sleep(50);
            reset(socket);
          };
      try (StressServers.Raw server = new StressServers.Raw(breakingTheFirstAnswer(resetMidBody));
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        Response answer = http.send(get(server.url("/cut")), Duration.ofSeconds(5));
        try (InputStream body = answer.body().asInputStream()) {
          assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
        }
        assertNextCallWorks(http, server);
      }
    }
  }

  @Nested
  class AWrongContentLength {

    @Test
    void thatPromisesMoreThanComesFailsTheAttempt() throws Exception {
      StressServers.Script shortBody =
          socket -> {
            write(socket, headers(SHORT_BODY));
            writeFiller(socket, 1_000);
            socket.shutdownOutput();
            sleep(200);
          };
      try (StressServers.Raw server = new StressServers.Raw(breakingTheFirstAnswer(shortBody));
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        long started = System.nanoTime();

        assertThatThrownBy(() -> http.send(get(server.url("/short")), LIMIT))
            .isInstanceOfSatisfying(
                AttemptFailure.class, attempt -> assertThat(attempt.sent()).isTrue());
        assertThat(millisSince(started)).isLessThan(LIMIT.toMillis() + SLACK_MILLIS);
        assertNextCallWorks(http, server);
      }
    }

    @Test
    void thatPromisesLessThanComesNeverLendsTheRestToTheNextAnswer() throws Exception {
      // The first answer's surplus sits on the connection where the next answer would start.
      StressServers.Script surplus =
          socket -> {
            InputStream in = socket.getInputStream();
            readRequestHead(in);
            write(socket, headers(5) + "firstSURPLUS");
            while (readRequestHead(in) != null) {
              answerHello(socket);
            }
          };
      try (StressServers.Raw server = new StressServers.Raw(surplus);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        try (Response first = http.send(get(server.url("/first")), LIMIT)) {
          assertThat(text(first)).isEqualTo("first");
        }

        for (int i = 0; i < 3; i++) {
          try (Response next = http.send(get(server.url("/next")), LIMIT)) {
            assertThat(text(next)).isEqualTo("hello");
          } catch (AttemptFailure garbled) {
            // Refusing the garbled connection is fine; serving its surplus as an answer is not.
            assertThat(garbled.sent()).isTrue();
          }
        }
        assertNextCallWorks(http, server);
      }
    }
  }

  @Nested
  class AServerThatStalls {

    @Test
    void midHeadersTimesTheAttemptOutWithinItsLimit() throws Exception {
      assertTimesOutWithinTheLimit(
          socket -> {
            write(socket, "HTTP/1.1 200 OK\r\nContent-Le");
            sleep(5_000);
          });
    }

    @Test
    void midShortBodyTimesTheAttemptOutWithinItsLimit() throws Exception {
      assertTimesOutWithinTheLimit(
          socket -> {
            write(socket, headers(SHORT_BODY));
            writeFiller(socket, SHORT_BODY / 2);
            sleep(5_000);
          });
    }

    private void assertTimesOutWithinTheLimit(StressServers.Script stall) throws Exception {
      try (StressServers.Raw server = new StressServers.Raw(breakingTheFirstAnswer(stall));
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        long started = System.nanoTime();

        assertThatThrownBy(() -> http.send(get(server.url("/stall")), LIMIT))
            .isInstanceOfSatisfying(
                AttemptFailure.class, attempt -> assertThat(attempt.timedOut()).isTrue());
        assertThat(millisSince(started))
            .isBetween(LIMIT.toMillis() - 50, LIMIT.toMillis() + SLACK_MILLIS);
        assertNextCallWorks(http, server);
      }
    }

    @Test
    void midLongBodyFailsTheWaitingReaderWhenTheLimitPasses() throws Exception {
      StressServers.Script midBody =
          socket -> {
            write(socket, headers(LONG_BODY));
            writeFiller(socket, 2 * 1024 * 1024);
            sleep(5_000);
          };
      try (StressServers.Raw server = new StressServers.Raw(breakingTheFirstAnswer(midBody));
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        long started = System.nanoTime();
        Response answer = http.send(get(server.url("/stall")), LIMIT);

        try (InputStream body = answer.body().asInputStream()) {
          assertThatThrownBy(body::readAllBytes).isInstanceOf(HttpTimeoutException.class);
        }
        assertThat(millisSince(started)).isLessThan(LIMIT.toMillis() + SLACK_MILLIS);
        assertNextCallWorks(http, server);
      }
    }
  }

  @Nested
  class ALongBodyLeftUnread {

    @Test
    void failsItsReaderOnceTheLimitHasPassed() throws Exception {
      StressServers.Script longBody =
          socket -> {
            write(socket, headers(LONG_BODY));
            writeFiller(socket, LONG_BODY);
            sleep(2_000);
          };
      try (StressServers.Raw server = new StressServers.Raw(breakingTheFirstAnswer(longBody));
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        Response answer = http.send(get(server.url("/unread")), LIMIT);
        InputStream body = answer.body().asInputStream();
        assertThat(body.read()).isZero();

        sleep(LIMIT.toMillis() + 200);

        assertThatThrownBy(body::readAllBytes).isInstanceOf(HttpTimeoutException.class);
        body.close();
        assertNextCallWorks(http, server);
      }
    }
  }

  @Nested
  class AfterTheClientHasBeenIdle {

    @Test
    void aStalledBodyStillTimesOutWithinItsLimit() throws Exception {
      StressServers.Script answerThenStall =
          socket -> {
            InputStream in = socket.getInputStream();
            readRequestHead(in);
            answerHello(socket);
            readRequestHead(in);
            write(socket, headers(SHORT_BODY));
            writeFiller(socket, SHORT_BODY / 2);
            sleep(5_000);
          };
      try (StressServers.Raw server = new StressServers.Raw(answerThenStall);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        try (Response first = http.send(get(server.url("/first")), LIMIT)) {
          assertThat(text(first)).isEqualTo("hello");
        }
        // Long enough for the watchdog to stop ticking and sleep until a deadline is watched.
        sleep(1_500);
        long started = System.nanoTime();

        assertThatThrownBy(() -> http.send(get(server.url("/stall")), LIMIT))
            .isInstanceOfSatisfying(
                AttemptFailure.class, attempt -> assertThat(attempt.timedOut()).isTrue());
        assertThat(millisSince(started)).isLessThan(LIMIT.toMillis() + SLACK_MILLIS);
      }
    }
  }

  @Nested
  class AServerThatAnswersBeforeReadingALongRequestBody {

    @Test
    void givesTheCallAnOutcomeWithinItsLimit() throws Exception {
      StressServers.Script answerWithoutReading =
          socket -> {
            readRequestHead(socket.getInputStream());
            write(socket, "HTTP/1.1 413 Payload Too Large\r\nContent-Length: 0\r\n\r\n");
            sleep(5_000);
          };
      byte[] upload = new byte[8 * 1024 * 1024];
      try (StressServers.Raw server = new StressServers.Raw(answerWithoutReading);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        Request post =
            Request.create(
                Request.HttpMethod.POST,
                server.url("/upload"),
                Map.of(),
                upload,
                StandardCharsets.UTF_8,
                null);
        long started = System.nanoTime();

        Throwable failure = catchThrowable(() -> http.send(post, LIMIT).close());

        assertThat(millisSince(started)).isLessThan(LIMIT.toMillis() + SLACK_MILLIS);
        if (failure != null) {
          assertThat(failure).isInstanceOf(AttemptFailure.class);
        }
      }
    }
  }

  @Nested
  class AReaderWaitingOnAStalledLongBody {

    private final ExecutorService readers = Executors.newCachedThreadPool();

    @AfterEach
    void stopReaders() {
      readers.shutdownNow();
    }

    private final StressServers.Script stallMidBody =
        socket -> {
          write(socket, headers(LONG_BODY));
          writeFiller(socket, 2 * 1024 * 1024);
          sleep(5_000);
        };

    @Test
    void failsAtOnceWhenAnotherThreadClosesTheBody() throws Exception {
      try (StressServers.Raw server = new StressServers.Raw(breakingTheFirstAnswer(stallMidBody));
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        Response answer = http.send(get(server.url("/stall")), Duration.ofSeconds(10));
        InputStream body = answer.body().asInputStream();
        Future<byte[]> reader = readers.submit(body::readAllBytes);
        sleep(200);

        body.close();

        assertThatThrownBy(() -> reader.get(2, TimeUnit.SECONDS))
            .isInstanceOf(ExecutionException.class)
            .cause()
            .isInstanceOf(IOException.class)
            .isNotInstanceOf(HttpTimeoutException.class);
        assertNextCallWorks(http, server);
      }
    }

    @Test
    void failsWhenInterruptedAndLeavesTheClientWorking() throws Exception {
      try (StressServers.Raw server = new StressServers.Raw(breakingTheFirstAnswer(stallMidBody));
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2))) {
        Response answer = http.send(get(server.url("/stall")), Duration.ofSeconds(10));
        InputStream body = answer.body().asInputStream();
        Future<byte[]> reader = readers.submit(body::readAllBytes);
        sleep(200);

        reader.cancel(true);

        assertThat(catchThrowable(() -> reader.get(2, TimeUnit.SECONDS)))
            .isInstanceOf(CancellationException.class);
        body.close();
        assertNextCallWorks(http, server);
      }
    }
  }
}
