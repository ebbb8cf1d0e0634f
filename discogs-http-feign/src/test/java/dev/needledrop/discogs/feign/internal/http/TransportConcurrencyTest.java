package dev.needledrop.discogs.feign.internal.http;

import static dev.needledrop.discogs.feign.internal.http.StressServers.get;
import static dev.needledrop.discogs.feign.internal.http.StressServers.isLongBodyAt;
import static dev.needledrop.discogs.feign.internal.http.StressServers.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;

/**
 * Many calls share one client whose JDK client runs every step on its selector thread: no reader,
 * however slow or however early it gives up, may hold the other calls back, and every caller gets
 * its own answer.
 */
@Timeout(value = 30, threadMode = ThreadMode.SEPARATE_THREAD)
class TransportConcurrencyTest {

  private static final Duration LIMIT = Duration.ofSeconds(10);

  // How long the slow reader reads: long enough that a call it held up would show on any machine.
  private static final long READER_MILLIS = 5_000;
  private static final int LONG_BODY = 6 * 1024 * 1024;

  private final ExecutorService callers = Executors.newCachedThreadPool();

  @AfterEach
  void stopCallers() throws InterruptedException {
    callers.shutdownNow();
    assertThat(callers.awaitTermination(5, TimeUnit.SECONDS))
        .as("every caller thread ends")
        .isTrue();
  }

  /** Makes one small call and returns how long it took, checking it got its own answer. */
  private static long timedEcho(JdkHttpClient http, StressServers.Echo server, String path)
      throws Exception {
    long started = System.nanoTime();
    try (Response response = http.send(get(server.url(path)), LIMIT)) {
      assertThat(response.status()).isEqualTo(200);
      assertThat(text(response)).isEqualTo(path);
    }
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
  }

  private List<Long> smallCalls(
      JdkHttpClient http, StressServers.Echo server, int threads, int callsEach) throws Exception {
    List<Future<Long>> slowest = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Callable<Long> calls =
          () -> {
            long worst = 0;
            for (int i = 0; i < callsEach; i++) {
              worst = Math.max(worst, timedEcho(http, server, "/echo/" + thread + "/" + i));
            }
            return worst;
          };
      slowest.add(callers.submit(calls));
    }
    List<Long> results = new ArrayList<>();
    for (Future<Long> future : slowest) {
      results.add(future.get(20, TimeUnit.SECONDS));
    }
    return results;
  }

  @Nested
  class ASlowReaderOfALongBody {

    @Test
    void holdsNoSmallCallBack() throws Exception {
      try (StressServers.Echo server = new StressServers.Echo(0);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(5))) {
        Response longAnswer = http.send(get(server.url("/long/" + LONG_BODY)), LIMIT);
        AtomicLong read = new AtomicLong();
        Future<?> slowReader =
            callers.submit(
                () -> {
                  try (InputStream body = longAnswer.body().asInputStream()) {
                    byte[] chunk = new byte[8 * 1024];
                    long deadline =
                        System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READER_MILLIS);
                    while (System.nanoTime() < deadline) {
                      int count = body.read(chunk);
                      assertThat(isLongBodyAt(chunk, count, read.get())).isTrue();
                      read.addAndGet(count);
                      Thread.sleep(10);
                    }
                  }
                  return null;
                });

        List<Long> slowestPerThread = smallCalls(http, server, 4, 100);

        slowReader.get(10, TimeUnit.SECONDS);
        // A selector thread held by the reader would hold the calls for most of its reading.
        assertThat(slowestPerThread)
            .allSatisfy(millis -> assertThat(millis).isLessThan(READER_MILLIS / 2));
        assertThat(read.get()).isPositive().isLessThan(LONG_BODY);
      }
    }
  }

  @Nested
  class LongBodiesClosedEarly {

    @Test
    void leaveTheClientWorkingAndNoThreadStuck() throws Exception {
      try (StressServers.Echo server = new StressServers.Echo(0);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(5))) {
        List<Future<Long>> streamers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          streamers.add(callers.submit(() -> streamAndAbandon(http, server, 6)));
        }
        List<Long> slowestPerThread = smallCalls(http, server, 3, 60);
        for (Future<Long> streamer : streamers) {
          assertThat(streamer.get(20, TimeUnit.SECONDS)).isPositive();
        }

        assertThat(slowestPerThread).allSatisfy(millis -> assertThat(millis).isLessThan(5_000));
        assertThat(smallCalls(http, server, 2, 20)).hasSize(2);
      }
    }

    // Reads each long body to a random point, then closes it; returns the bytes read in all.
    private long streamAndAbandon(JdkHttpClient http, StressServers.Echo server, int bodies)
        throws Exception {
      long total = 0;
      byte[] chunk = new byte[32 * 1024];
      for (int b = 0; b < bodies; b++) {
        int stopAt = ThreadLocalRandom.current().nextInt(LONG_BODY);
        Response answer = http.send(get(server.url("/long/" + LONG_BODY)), LIMIT);
        try (InputStream body = answer.body().asInputStream()) {
          long read = 0;
          while (read < stopAt) {
            int count = body.read(chunk, 0, (int) Math.min(chunk.length, stopAt - read));
            assertThat(count).isPositive();
            assertThat(isLongBodyAt(chunk, count, read)).isTrue();
            read += count;
          }
          total += read + 1;
        }
      }
      return total;
    }
  }

  @Nested
  class ManyConcurrentCallers {

    @Test
    void eachGetTheirOwnAnswer() throws Exception {
      try (StressServers.Echo server = new StressServers.Echo(5);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(5))) {
        // timedEcho checks that each body is the path its caller asked for.
        assertThat(smallCalls(http, server, 16, 40)).hasSize(16);
      }
    }

    @Test
    void eachGetTheirOwnLongBodyWhileOthersMakeSmallCalls() throws Exception {
      try (StressServers.Echo server = new StressServers.Echo(2);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(5))) {
        List<Future<Long>> readers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          int length = 2 * 1024 * 1024 + t * 12_345;
          readers.add(callers.submit(() -> readWhole(http, server, length)));
        }
        assertThat(smallCalls(http, server, 8, 30)).hasSize(8);
        for (int t = 0; t < 4; t++) {
          assertThat(readers.get(t).get(20, TimeUnit.SECONDS))
              .isEqualTo(2 * 1024 * 1024 + t * 12_345);
        }
      }
    }
  }

  @Nested
  class BodiesAroundTheHoldLimit {

    @Test
    void arriveWholeAndInOrderWhetherHeldOrStreamed() throws Exception {
      try (StressServers.Echo server = new StressServers.Echo(0);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(5))) {
        int[] lengths = {
          JdkHttpClient.HOLD_LIMIT - 1, JdkHttpClient.HOLD_LIMIT, JdkHttpClient.HOLD_LIMIT + 1
        };
        List<Future<Long>> readers = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
          for (int length : lengths) {
            readers.add(callers.submit(() -> readWhole(http, server, length)));
          }
        }
        for (int i = 0; i < readers.size(); i++) {
          assertThat(readers.get(i).get(20, TimeUnit.SECONDS)).isEqualTo(lengths[i % 3]);
        }
      }
    }
  }

  @Nested
  class DeadlinesRacingTheHandOver {

    @Test
    void endEachCallWithItsWholeBodyOrAFailureAndLeaveTheClientWorking() throws Exception {
      try (StressServers.Echo server = new StressServers.Echo(0);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(5))) {
        List<Future<String>> racers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          racers.add(callers.submit(() -> raceDeadlines(http, server, 25)));
        }
        for (Future<String> racer : racers) {
          assertThat(racer.get(20, TimeUnit.SECONDS)).isEqualTo("every call ended");
        }
        assertThat(smallCalls(http, server, 4, 10)).hasSize(4);
      }
    }

    // Limits fall anywhere from before the headers to after the end of a 1.5 MiB body.
    private String raceDeadlines(JdkHttpClient http, StressServers.Echo server, int calls)
        throws Exception {
      int length = JdkHttpClient.HOLD_LIMIT * 3 / 2;
      for (int i = 0; i < calls; i++) {
        Duration limit = Duration.ofMillis(1 + ThreadLocalRandom.current().nextInt(40));
        long started = System.nanoTime();
        try {
          assertThat(readWhole(http, server, length, limit)).isEqualTo(length);
        } catch (AttemptFailure | IOException expired) {
          // Ending in time with a failure is as good as an answer here; hanging is not.
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started))
            .isLessThan(limit.toMillis() + 3_000);
      }
      return "every call ended";
    }
  }

  @Nested
  class ALongErrorAnswer {

    @Test
    void isCutToItsStartAndFreesTheClient() throws Exception {
      try (StressServers.Echo server = new StressServers.Echo(0);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(5))) {
        for (int i = 0; i < 5; i++) {
          try (Response answer = http.send(get(server.url("/long-error/" + LONG_BODY)), LIMIT)) {
            assertThat(answer.status()).isEqualTo(500);
            assertThat(answer.body().length()).isEqualTo(JdkHttpClient.ERROR_BODY_LIMIT);
          }
        }
        assertThat(smallCalls(http, server, 2, 5)).hasSize(2);
      }
    }
  }

  @Nested
  class LongBodiesNeitherReadNorClosed {

    @Test
    void holdNoSmallCallBackAndFailTheirLateReaders() throws Exception {
      try (StressServers.Echo server = new StressServers.Echo(0);
          JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(5))) {
        Duration shortLimit = Duration.ofSeconds(4);
        List<InputStream> forgotten = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
          Response answer = http.send(get(server.url("/long/" + LONG_BODY)), shortLimit);
          forgotten.add(answer.body().asInputStream());
        }

        // A selector thread held by an unread body would hold the calls until it expires.
        assertThat(smallCalls(http, server, 3, 30))
            .allSatisfy(millis -> assertThat(millis).isLessThan(shortLimit.toMillis() / 2));
        StressServers.sleep(shortLimit.toMillis() + 200);

        assertThat(forgotten)
            .allSatisfy(
                body ->
                    assertThatThrownBy(body::readAllBytes)
                        .isInstanceOf(HttpTimeoutException.class));
        assertThat(smallCalls(http, server, 2, 5)).hasSize(2);
      }
    }
  }

  private static long readWhole(JdkHttpClient http, StressServers.Echo server, int length)
      throws Exception {
    return readWhole(http, server, length, LIMIT);
  }

  private static long readWhole(
      JdkHttpClient http, StressServers.Echo server, int length, Duration limit) throws Exception {
    long read = 0;
    byte[] chunk = new byte[64 * 1024];
    try (Response answer = http.send(get(server.url("/long/" + length)), limit);
        InputStream body = answer.body().asInputStream()) {
      for (int count = body.read(chunk); count >= 0; count = body.read(chunk)) {
        assertThat(isLongBodyAt(chunk, count, read)).isTrue();
        read += count;
      }
    }
    return read;
  }
}
