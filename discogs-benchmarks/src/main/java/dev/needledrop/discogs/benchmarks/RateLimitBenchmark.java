package dev.needledrop.discogs.benchmarks;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How close the Feign adapter's pacing gets to the rate a server allows, in real time: 600 calls
 * from 4 threads against the stub, whose moving window is scaled down to 60 requests per 6 seconds,
 * with pacing on and, for contrast, off. Retries are the standard ones in both runs.
 *
 * <p>One operation is one whole run; the score is its duration. The figures that matter are the
 * secondary results:
 *
 * <ul>
 *   <li>{@code fractionOfAllowedRate}: the rate of completed calls over the rate the window allows
 *       (60 per 6 seconds), that is the ideal time {@code calls * window / limit} over the time
 *       taken; the target is 0.97 or more.
 *   <li>{@code requestsPerSecond}: calls completed per second, against the 10 a second allowed.
 *   <li>{@code tooManyRequests}: the 429s the stub sent; the target is none.
 *   <li>{@code failedCalls}: calls that ended in an error after their retries.
 * </ul>
 *
 * <p>Run with {@code java -jar discogs-benchmarks/target/benchmarks.jar RateLimitBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class RateLimitBenchmark {

  private static final int CALLS = 600;
  private static final int THREADS = 4;
  private static final int LIMIT = 60;
  private static final Duration WINDOW = Duration.ofSeconds(6);

  /** Whether the client paces its calls with a limiter for the scaled window. */
  @Param({"true", "false"})
  public boolean pacing;

  /** The figures of one run, reported next to its duration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Figures {

    /** The rate of completed calls over the rate the window allows. */
    public double fractionOfAllowedRate;

    /** Calls completed per second. */
    public double requestsPerSecond;

    /** The 429s the stub sent. */
    public long tooManyRequests;

    /** Calls that ended in an error. */
    public long failedCalls;

    /** Starts each run from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      fractionOfAllowedRate = 0;
      requestsPerSecond = 0;
      tooManyRequests = 0;
      failedCalls = 0;
    }
  }

  /** Sends the 600 calls from 4 threads and records the figures. */
  @Benchmark
  public void sixHundredCallsFromFourThreads(Figures figures) throws Exception {
    try (StubDiscogsServer stub =
            StubDiscogsServer.builder().rateLimit(LIMIT, LIMIT, WINDOW).start();
        Discogs discogs = FeignDiscogs.create(config(stub))) {
      AtomicInteger failed = new AtomicInteger();
      long started = System.nanoTime();

      runCalls(discogs, failed);

      double seconds = (System.nanoTime() - started) / 1e9;
      int completed = CALLS - failed.get();
      double allowedPerSecond = LIMIT / (WINDOW.toNanos() / 1e9);
      figures.requestsPerSecond = completed / seconds;
      figures.fractionOfAllowedRate = figures.requestsPerSecond / allowedPerSecond;
      figures.tooManyRequests = stub.rateLimitRefusals();
      figures.failedCalls = failed.get();
    }
  }

  private void runCalls(Discogs discogs, AtomicInteger failed) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        done.add(threads.submit(() -> calls(discogs, CALLS / THREADS, failed)));
      }
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      threads.shutdown();
    }
  }

  private static void calls(Discogs discogs, int count, AtomicInteger failed) {
    for (int i = 0; i < count; i++) {
      try {
        discogs.database().release(ReleaseId.of(249504));
      } catch (DiscogsException gaveUp) {
        failed.incrementAndGet();
      }
    }
  }

  private DiscogsConfig config(StubDiscogsServer stub) {
    RateLimiter limiter =
        pacing
            ? PacedRateLimiter.builder().limit(LIMIT).window(WINDOW).build()
            : RateLimiter.unlimited();
    return DiscogsConfig.builder("NeedledropBenchmarks/1.0 +https://example.com/needledrop")
        .baseUrl(stub.baseUrl())
        .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
        .rateLimiter(limiter)
        .build();
  }
}
