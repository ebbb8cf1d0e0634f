package dev.needledrop.discogs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.benchmarks.support.BareClient;
import dev.needledrop.discogs.benchmarks.support.Calls;
import dev.needledrop.discogs.benchmarks.support.RemoteServer;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.internal.codec.DiscogsErrorDecoder;
import dev.needledrop.discogs.feign.internal.codec.Json;
import dev.needledrop.discogs.feign.internal.codec.JsonResponseDecoder;
import dev.needledrop.discogs.feign.internal.dto.ReleaseDto;
import dev.needledrop.discogs.feign.internal.http.JdkHttpClient;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.feign.internal.resilience.ResilienceSettings;
import dev.needledrop.discogs.feign.internal.resilience.ResilientClient;
import dev.needledrop.discogs.feign.internal.resource.DatabaseResource;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.time.TimeSource;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Where the time of one SDK call goes, layer by layer, against either server of {@link
 * PerCallBenchmark}: the bare floor; the adapter's transport with its JSON decoder; the same behind
 * the resilient client; the Feign resource (interceptors, templates, decoder); and the whole call
 * with mapping. Each step adds one layer to the one before, so that the difference between two
 * steps is that layer's cost.
 *
 * <p>Run with {@code java -jar discogs-benchmarks/target/benchmarks.jar PerCallPartsBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PerCallPartsBenchmark {

  private static final Duration LIMIT = Duration.ofSeconds(30);

  /** The server answering: the prepared answer, or the stub rendering it. */
  @Param({"fixed", "stub"})
  public String server;

  private RemoteServer remote;
  private BareClient bare;
  private JdkHttpClient transport;
  private ResilientClient resilient;
  private Request request;
  private JsonResponseDecoder decoder;
  private FeignDiscogsClient sdk;
  private DatabaseResource resource;

  /** Starts the server and every layer. */
  @Setup(Level.Trial)
  public void start() {
    remote = RemoteServer.start(server);
    bare = new BareClient(Calls.releaseUrl(remote.baseUrl()), Calls.sdkHeaders());
    transport = JdkHttpClient.create(Duration.ofSeconds(10));
    resilient = new ResilientClient(transport, settings());
    request = request();
    decoder = new JsonResponseDecoder(Json.shared());
    sdk = FeignDiscogsClient.create(Calls.sdkConfig(remote.baseUrl()).build());
    resource = sdk.resource(DatabaseResource.class);
  }

  /** Stops the clients and the server. */
  @TearDown(Level.Trial)
  public void stop() {
    sdk.close();
    transport.close();
    remote.close();
  }

  /** Step 0, the floor: the JDK's client and a Jackson tree. */
  @Benchmark
  public JsonNode step0Bare() throws Exception {
    return bare.getBuffered();
  }

  /** Step 1: the adapter's transport and its JSON decoder into wire objects. */
  @Benchmark
  public Object step1Transport() {
    try (Response response = transport.send(request, LIMIT)) {
      return decoder.decode(response, ReleaseDto.class);
    } catch (Exception failed) {
      throw new IllegalStateException(failed);
    }
  }

  /** Step 2: the same behind the resilient client (limiter, retry policy, listener). */
  @Benchmark
  public Object step2Resilient() {
    try (Response response = resilient.execute(request, new Request.Options())) {
      return decoder.decode(response, ReleaseDto.class);
    } catch (Exception failed) {
      throw new IllegalStateException(failed);
    }
  }

  /** Step 3: the Feign resource, with its templates and interceptors, into wire objects. */
  @Benchmark
  public ReleaseDto step3Feign() {
    return resource.release("249504", "USD");
  }

  /** Step 4: the whole SDK call, mapped to domain records. */
  @Benchmark
  public Release step4Sdk() {
    return sdk.database().release(ReleaseId.of(Calls.RELEASE_ID));
  }

  private Request request() {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    Calls.sdkHeaders().forEach((name, value) -> headers.put(name, List.of(value)));
    return Request.create(
        Request.HttpMethod.GET,
        Calls.releaseUrl(remote.baseUrl()).toString(),
        headers,
        null,
        StandardCharsets.UTF_8,
        null);
  }

  private static ResilienceSettings settings() {
    Clock clock = Clock.systemUTC();
    RateLimitTracker rateLimits = new RateLimitTracker(clock);
    return new ResilienceSettings(
        RateLimiter.unlimited(),
        RetryPolicy.standard(),
        CallListener.none(),
        rateLimits,
        new DiscogsErrorDecoder(Json.shared(), rateLimits, clock),
        TimeSource.system(),
        LIMIT,
        Duration.ofMinutes(2),
        List.of());
  }
}
