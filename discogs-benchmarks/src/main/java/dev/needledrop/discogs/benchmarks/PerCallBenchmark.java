package dev.needledrop.discogs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.benchmarks.support.BareClient;
import dev.needledrop.discogs.benchmarks.support.Calls;
import dev.needledrop.discogs.benchmarks.support.RemoteServer;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.Release;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one call costs through the SDK over what it costs by hand: {@code release(249504)} through
 * Feign, Jackson, MapStruct, the interceptors and the resilient client (with a limiter that never
 * waits), against a bare {@code HttpClient} GET of the same URL with the same headers read by
 * Jackson into a tree, from the same JVM, against the same server in another process, over loopback
 * with connections kept alive and gzip asked for.
 *
 * <p>Two servers: {@code fixed} answers with the stub's recorded answer, prepared once (so that the
 * floor is the network's and the client's, not the server's), {@code stub} is the testkit's stub,
 * which renders every answer. The figures are the ratio of the SDK's median to the faster bare
 * variant's, and with {@code -prof gc} the bytes allocated per call ({@code gc.alloc.rate.norm}).
 *
 * <p>Run with {@code java -cp discogs-benchmarks/target/benchmarks.jar
 * dev.needledrop.discogs.benchmarks.Ratios PerCallBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class PerCallBenchmark {

  /** The server answering: the prepared answer, or the stub rendering it. */
  @Param({"fixed", "stub"})
  public String server;

  private RemoteServer remote;
  private Discogs discogs;
  private BareClient bare;

  /** Starts the server process and both clients. */
  @Setup(Level.Trial)
  public void start() {
    remote = RemoteServer.start(server);
    discogs = FeignDiscogs.create(Calls.sdkConfig(remote.baseUrl()).build());
    bare = new BareClient(Calls.releaseUrl(remote.baseUrl()), Calls.sdkHeaders());
  }

  /** Stops the client and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    discogs.close();
    remote.close();
  }

  /** The release through the SDK, as domain records. */
  @Benchmark
  public Release sdk() {
    return discogs.database().release(ReleaseId.of(Calls.RELEASE_ID));
  }

  /** The release by hand, the body streamed from the connection into a tree. */
  @Benchmark
  public JsonNode bareStreamed() throws Exception {
    return bare.getStreamed();
  }

  /** The release by hand, the body collected into an array first, then read into a tree. */
  @Benchmark
  public JsonNode bareBuffered() throws Exception {
    return bare.getBuffered();
  }
}
