package dev.needledrop.discogs.benchmarks;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.benchmarks.support.BareClient;
import dev.needledrop.discogs.benchmarks.support.Calls;
import dev.needledrop.discogs.benchmarks.support.RemoteServer;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@value #CALLS} sequential calls for release 249504 from a client made for them, against the stub
 * in another process, which counts the connections it accepts: through the SDK, and by hand with
 * the JDK's client. Both ask for gzip; the stub sends gzip to whoever asks. One operation is the
 * whole run; its duration is the score.
 *
 * <p>Secondary result: {@code connectionsOpened}, the connections the stub accepted during the run
 * (the target is one: every call after the first reuses the connection kept alive).
 *
 * <p>Run with {@code java -cp discogs-benchmarks/target/benchmarks.jar
 * dev.needledrop.discogs.benchmarks.Ratios ConnectionsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class ConnectionsBenchmark {

  /** The calls of one run. */
  public static final int CALLS = 1_000;

  private RemoteServer remote;

  /** The figures of one run. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Figures {

    /** The connections the stub accepted during the run. */
    public long connectionsOpened;

    /** Starts each run from zero. */
    @Setup(Level.Iteration)
    public void clear() {
      connectionsOpened = 0;
    }
  }

  /** Starts the stub process. */
  @Setup(Level.Trial)
  public void start() {
    remote = RemoteServer.start("stub");
  }

  /** Stops the stub process. */
  @TearDown(Level.Trial)
  public void stop() {
    remote.close();
  }

  /** The calls through a new SDK client. */
  @Benchmark
  public void sdkThousandCalls(Figures figures) {
    int before = remote.acceptedConnections();
    try (Discogs discogs = FeignDiscogs.create(Calls.sdkConfig(remote.baseUrl()).build())) {
      for (int i = 0; i < CALLS; i++) {
        discogs.database().release(ReleaseId.of(Calls.RELEASE_ID));
      }
    }
    figures.connectionsOpened = remote.acceptedConnections() - before;
  }

  /** The calls by hand, through a new JDK client. */
  @Benchmark
  public void bareThousandCalls(Figures figures) throws Exception {
    int before = remote.acceptedConnections();
    BareClient bare = new BareClient(Calls.releaseUrl(remote.baseUrl()), Calls.sdkHeaders());
    for (int i = 0; i < CALLS; i++) {
      bare.getStreamed();
    }
    figures.connectionsOpened = remote.acceptedConnections() - before;
  }
}
