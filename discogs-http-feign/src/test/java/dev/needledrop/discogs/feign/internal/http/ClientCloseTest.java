package dev.needledrop.discogs.feign.internal.http;

import static dev.needledrop.discogs.feign.internal.http.StressServers.get;
import static dev.needledrop.discogs.feign.internal.http.StressServers.readRequestHead;
import static dev.needledrop.discogs.feign.internal.http.StressServers.sleep;
import static dev.needledrop.discogs.feign.internal.http.StressServers.text;
import static dev.needledrop.discogs.feign.internal.http.StressServers.write;
import static dev.needledrop.discogs.feign.internal.http.StressServers.writeFiller;
import static org.assertj.core.api.Assertions.assertThat;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Closing the client while calls and bodies are in flight gives every caller an outcome, an answer
 * or a failure, within its attempt's limit: nothing waits forever on a client that is gone.
 */
@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
class ClientCloseTest {

  private static final Duration LIMIT = Duration.ofSeconds(1);

  // Far beyond the wait for an outcome, so that only the close can have ended the call.
  private static final Duration STALL_LIMIT = Duration.ofSeconds(20);
  private static final int SHORT_BODY = 100_000;
  private static final int LONG_BODY = 4 * 1024 * 1024;

  // Daemon threads, so that a caller stuck by a bug cannot keep the test JVM alive.
  private final ExecutorService callers =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "close-test-caller");
            thread.setDaemon(true);
            return thread;
          });

  @AfterEach
  void stopCallers() {
    callers.shutdownNow();
  }

  private static String headers(long contentLength) {
    return "HTTP/1.1 200 OK\r\nContent-Length: " + contentLength + "\r\n\r\n";
  }

  /** Waits for the caller's outcome; a caller still waiting after the limit fails the test. */
  private static Object outcome(Future<?> caller, long waitMillis) throws InterruptedException {
    try {
      return caller.get(waitMillis, TimeUnit.MILLISECONDS);
    } catch (ExecutionException failed) {
      return failed.getCause();
    } catch (java.util.concurrent.TimeoutException stuck) {
      throw new AssertionError(
          "a caller got no outcome within " + waitMillis + " ms; its stack:" + callerStacks(),
          stuck);
    }
  }

  private static String callerStacks() {
    StringBuilder stacks = new StringBuilder();
    Thread.getAllStackTraces()
        .forEach(
            (thread, frames) -> {
              if (thread.getName().equals("close-test-caller")) {
                stacks.append("\n").append(thread).append(" ").append(thread.getState());
                for (StackTraceElement frame : frames) {
                  stacks.append("\n\tat ").append(frame);
                }
              }
            });
    return stacks.toString();
  }

  @Nested
  class WithCallsAndStreamsInFlight {

    @Test
    void givesEveryCallerAnAnswerOrAFailure() throws Exception {
      try (StressServers.Echo server = new StressServers.Echo(20)) {
        JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2));
        List<Future<?>> inFlight = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
          int thread = t;
          inFlight.add(callers.submit(() -> echoUntilRefused(http, server, thread)));
        }
        for (int t = 0; t < 3; t++) {
          inFlight.add(callers.submit(() -> readLongBodies(http, server)));
        }
        sleep(300);

        http.close();

        for (Future<?> caller : inFlight) {
          assertThat(outcome(caller, LIMIT.toMillis() + 2_000))
              .isInstanceOfAny(
                  IllegalStateException.class, AttemptFailure.class, IOException.class);
        }
      }
    }

    // Calls until the closed client refuses; a call already under way may still be answered.
    private Void echoUntilRefused(JdkHttpClient http, StressServers.Echo server, int thread)
        throws Exception {
      for (int i = 0; ; i++) {
        String path = "/echo/" + thread + "/" + i;
        try (Response response = http.send(get(server.url(path)), LIMIT)) {
          assertThat(text(response)).isEqualTo(path);
        }
      }
    }

    private Void readLongBodies(JdkHttpClient http, StressServers.Echo server) throws Exception {
      byte[] chunk = new byte[8 * 1024];
      while (true) {
        Response answer = http.send(get(server.url("/long/" + LONG_BODY)), Duration.ofSeconds(5));
        try (InputStream body = answer.body().asInputStream()) {
          while (body.read(chunk) >= 0) {
            Thread.sleep(1);
          }
        }
      }
    }
  }

  @Nested
  class WhileTheServerStallsMidBody {

    @Test
    void failsTheCallWaitingForAShortBodyAtOnce() throws Exception {
      CountDownLatch bodyStarted = new CountDownLatch(1);
      StressServers.Script stallMidBody =
          socket -> {
            readRequestHead(socket.getInputStream());
            write(socket, headers(SHORT_BODY));
            writeFiller(socket, SHORT_BODY / 2);
            bodyStarted.countDown();
            sleep(10_000);
          };
      try (StressServers.Raw server = new StressServers.Raw(stallMidBody)) {
        JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2));
        Future<Response> caller =
            callers.submit(() -> http.send(get(server.url("/x")), STALL_LIMIT));
        assertThat(bodyStarted.await(2, TimeUnit.SECONDS)).isTrue();

        http.close();

        // At once, not at the deadline, and saying why.
        assertThat(outcome(caller, 3_000))
            .asInstanceOf(InstanceOfAssertFactories.THROWABLE)
            .isInstanceOf(AttemptFailure.class)
            .hasMessageContaining("the Discogs client was closed");
      }
    }

    @Test
    void failsTheReaderOfALongBodyAtOnce() throws Exception {
      StressServers.Script stallMidBody =
          socket -> {
            readRequestHead(socket.getInputStream());
            write(socket, headers(LONG_BODY));
            writeFiller(socket, 2 * 1024 * 1024);
            sleep(10_000);
          };
      try (StressServers.Raw server = new StressServers.Raw(stallMidBody)) {
        JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(2));
        Response answer = http.send(get(server.url("/x")), STALL_LIMIT);
        Future<byte[]> reader =
            callers.submit(
                () -> {
                  try (InputStream body = answer.body().asInputStream()) {
                    return body.readAllBytes();
                  }
                });
        sleep(100);

        http.close();

        assertThat(outcome(reader, 3_000))
            .asInstanceOf(InstanceOfAssertFactories.THROWABLE)
            .isInstanceOf(IOException.class)
            .hasMessageContaining("the Discogs client was closed");
      }
    }
  }
}
