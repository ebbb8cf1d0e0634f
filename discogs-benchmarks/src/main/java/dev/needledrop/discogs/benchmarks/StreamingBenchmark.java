package dev.needledrop.discogs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.benchmarks.support.Calls;
import dev.needledrop.discogs.benchmarks.support.HeapPeak;
import dev.needledrop.discogs.benchmarks.support.RemoteServer;
import dev.needledrop.discogs.benchmarks.support.ServerProcess;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.Username;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
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
 * Reads a collection of {@value #ITEMS} copies from the stub, in another process, in a JVM limited
 * to 32 MiB of heap: through the SDK's lazy stream ({@code allItems}, 100 copies a page), against a
 * bare loop that GETs the same pages with the JDK's client and reads each into a Jackson tree. One
 * operation is one whole walk; finishing it at all is the first result (a walk that held the
 * collection would run out of memory), its duration the score.
 *
 * <p>Secondary results: {@code items}, the copies read (the target is all of them), and {@code
 * peakHeapMib}, the most heap the walk used (an upper bound, see {@link HeapPeak}).
 *
 * <p>Run with {@code java -cp discogs-benchmarks/target/benchmarks.jar
 * dev.needledrop.discogs.benchmarks.Ratios StreamingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx32m")
public class StreamingBenchmark {

  /** The copies in the streamed collection. */
  public static final int ITEMS = 100_000;

  private static final Username USER = Username.of(ServerProcess.STREAMING_USER);

  private RemoteServer remote;
  private Discogs discogs;
  private HttpClient http;
  private final ObjectMapper mapper = new ObjectMapper();

  /** The figures of one walk. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Figures {

    /** The copies read. */
    public long items;

    /** The most heap used during the walk, in MiB. */
    public double peakHeapMib;

    /** Starts each walk from zero, with the heap's peaks cleared. */
    @Setup(Level.Iteration)
    public void clear() {
      items = 0;
      peakHeapMib = 0;
      HeapPeak.reset();
    }
  }

  /** Starts the stub process with the collection, and both clients. */
  @Setup(Level.Trial)
  public void start() {
    remote = RemoteServer.start("stub", Integer.toString(ITEMS));
    discogs =
        FeignDiscogs.create(
            Calls.sdkConfig(remote.baseUrl())
                .credentials(PersonalAccessToken.of(ServerProcess.STREAMING_TOKEN))
                .build());
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  /** Stops the client and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    discogs.close();
    remote.close();
  }

  /** Every copy through the SDK's lazy stream. */
  @Benchmark
  public void sdkStream(Figures figures) {
    try (var items = discogs.collection().allItems(USER, FolderId.ALL, Optional.empty())) {
      figures.items = items.count();
    }
    figures.peakHeapMib = HeapPeak.peakMib();
  }

  /** Every copy by hand, page after page, each page read into a tree. */
  @Benchmark
  public void bareStream(Figures figures) throws Exception {
    long read = 0;
    int pages = 1;
    for (int page = 1; page <= pages; page++) {
      JsonNode answer = get(page);
      pages = answer.path("pagination").path("pages").asInt();
      read += answer.path("releases").size();
    }
    figures.items = read;
    figures.peakHeapMib = HeapPeak.peakMib();
  }

  private JsonNode get(int page) throws IOException, InterruptedException {
    URI url =
        URI.create(
            remote.baseUrl()
                + "/users/"
                + USER.value()
                + "/collection/folders/0/releases?per_page=100&page="
                + page);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .header("Accept-Encoding", "gzip")
            .header("User-Agent", Calls.USER_AGENT)
            .header("Authorization", "Discogs token=" + ServerProcess.STREAMING_TOKEN);
    HttpResponse<InputStream> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    boolean gzip = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
    try (InputStream body = gzip ? new GZIPInputStream(response.body()) : response.body()) {
      if (response.statusCode() != 200) {
        throw new IOException("the stub answered " + response.statusCode());
      }
      return mapper.readTree(body);
    }
  }
}
