package dev.needledrop.discogs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.benchmarks.support.Documents;
import dev.needledrop.discogs.feign.internal.codec.Json;
import dev.needledrop.discogs.feign.internal.codec.JsonResponseDecoder;
import dev.needledrop.discogs.feign.internal.dto.ReleaseDto;
import dev.needledrop.discogs.feign.internal.mapping.ReleaseMapper;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.database.Release;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.mapstruct.factory.Mappers;
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
 * What reading a release costs, from the bytes of a successful answer to domain records, as the
 * adapter reads it (its JSON decoder into wire objects, then its mapper), against Jackson reading
 * the same bytes into a tree. Two documents: the largest release recorded (9536040, 75 KB, 149
 * tracklist entries) and that release with its tracklist repeated to 5,000 entries (about 1.5 MB).
 *
 * <p>Run with {@code java -cp discogs-benchmarks/target/benchmarks.jar
 * dev.needledrop.discogs.benchmarks.Ratios DecodeBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class DecodeBenchmark {

  private static final ReleaseMapper RELEASES = Mappers.getMapper(ReleaseMapper.class);

  /** The document read. */
  @Param({"release-9536040", "generated-5000-tracks"})
  public String document;

  private byte[] bytes;
  private Request request;
  private JsonResponseDecoder decoder;
  private ReleaseDto wire;
  private final ObjectMapper mapper = new ObjectMapper();

  /** Loads or generates the document. */
  @Setup(Level.Trial)
  public void load() throws IOException {
    bytes =
        document.equals("release-9536040")
            ? Documents.fixture(Documents.LARGEST_RELEASE)
            : Documents.releaseWithTracks(5_000);
    request =
        Request.create(
            Request.HttpMethod.GET,
            "http://127.0.0.1/releases/9536040",
            Map.of(),
            null,
            StandardCharsets.UTF_8,
            null);
    decoder = new JsonResponseDecoder(Json.shared());
    wire = (ReleaseDto) decoder.decode(response(), ReleaseDto.class);
  }

  // As the transport hands a whole body over: its bytes, read as a stream.
  private Response response() {
    return Response.builder()
        .status(200)
        .reason("")
        .headers(Map.of("Content-Type", List.of("application/json")))
        .request(request)
        .body(bytes)
        .build();
  }

  /** The bytes read by the adapter into wire objects, then mapped to domain records. */
  @Benchmark
  public Release sdk() {
    ReleaseDto read = (ReleaseDto) decoder.decode(response(), ReleaseDto.class);
    return RELEASES.toRelease(read, Currency.USD);
  }

  /** Part of {@link #sdk()}, to see where its time goes: the bytes read into wire objects. */
  @Benchmark
  public ReleaseDto partWire() {
    return (ReleaseDto) decoder.decode(response(), ReleaseDto.class);
  }

  /** Part of {@link #sdk()}, to see where its time goes: wire objects mapped to domain records. */
  @Benchmark
  public Release partMapping() {
    return RELEASES.toRelease(wire, Currency.USD);
  }

  /** The same bytes read by Jackson into a tree. */
  @Benchmark
  public JsonNode bareTree() throws IOException {
    return mapper.readTree(bytes);
  }
}
