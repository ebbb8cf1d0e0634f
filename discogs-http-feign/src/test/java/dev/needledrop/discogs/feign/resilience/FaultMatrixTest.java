package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.OutcomeUnknownException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.testing.FaultyCalls;
import dev.needledrop.discogs.feign.testing.Probe;
import dev.needledrop.discogs.feign.testing.ProbeRoutes;
import dev.needledrop.discogs.testkit.RecordedRequest;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubFault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault knob of the stub against every HTTP method, through the adapter with its standard
 * retry rules: each call ends in success or in the exception its fault calls for, and the stub's
 * log shows no POST applied twice. PUT and DELETE may be applied again after an answer lost on the
 * way back, which is why only they are retried then: their second application changes nothing, as
 * the final state shows.
 */
class FaultMatrixTest {

  private static final Duration READ_TIMEOUT = Duration.ofMillis(500);
  private static final long ITEM = 7;

  private static final ProbeRoutes routes = new ProbeRoutes();
  private static StubDiscogsServer stub;
  private static FeignDiscogsClient client;
  private static Probe probe;

  /** How a call ends: with success, or with an exception of this type. */
  private enum End {
    SUCCESS(null),
    SERVER_ERROR(ServerErrorException.class),
    OUTCOME_UNKNOWN(OutcomeUnknownException.class),
    UNREADABLE(UnreadableResponseException.class);

    private final Class<? extends DiscogsException> type;

    End(Class<? extends DiscogsException> type) {
      this.type = type;
    }
  }

  /**
   * A fault and how calls end under it.
   *
   * @param name what the fault is
   * @param fault the fault
   * @param idempotent how GET, PUT and DELETE calls end
   * @param voidCall how a DELETE ends, which reads no body
   * @param post how a POST ends
   * @param postApplied whether the POST's write is applied (once)
   */
  private record Knob(
      String name, StubFault fault, End idempotent, End voidCall, End post, boolean postApplied) {

    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<Knob> KNOBS =
      List.of(
          new Knob("429", StubFault.rateLimited(), End.SUCCESS, End.SUCCESS, End.SUCCESS, true),
          new Knob(
              "429 with Retry-After",
              StubFault.rateLimited().retryAfter(Duration.ZERO),
              End.SUCCESS,
              End.SUCCESS,
              End.SUCCESS,
              true),
          new Knob(
              "500 JSON",
              StubFault.serverError(500),
              End.SUCCESS,
              End.SUCCESS,
              End.SERVER_ERROR,
              false),
          new Knob(
              "503 HTML page",
              StubFault.htmlError(503).retryAfter(Duration.ZERO),
              End.SUCCESS,
              End.SUCCESS,
              End.SERVER_ERROR,
              false),
          new Knob(
              "502 from a gateway",
              StubFault.serverError(502),
              End.SUCCESS,
              End.SUCCESS,
              End.OUTCOME_UNKNOWN,
              false),
          new Knob(
              "empty 200", StubFault.emptyOk(), End.UNREADABLE, End.SUCCESS, End.UNREADABLE, true),
          new Knob(
              "truncated JSON",
              StubFault.truncatedJson(),
              End.UNREADABLE,
              End.SUCCESS,
              End.UNREADABLE,
              true),
          new Knob(
              "body cut by a reset",
              StubFault.truncatedBody(),
              End.SUCCESS,
              End.SUCCESS,
              End.OUTCOME_UNKNOWN,
              true),
          new Knob(
              "slow body past the timeout",
              StubFault.slowBody(Duration.ofMillis(1_200)),
              End.SUCCESS,
              End.SUCCESS,
              End.OUTCOME_UNKNOWN,
              true),
          new Knob(
              "answer after the timeout",
              StubFault.delayedAnswer(Duration.ofMillis(1_200)),
              End.SUCCESS,
              End.SUCCESS,
              End.OUTCOME_UNKNOWN,
              true),
          new Knob(
              "reset after reading",
              StubFault.reset(),
              End.SUCCESS,
              End.SUCCESS,
              End.OUTCOME_UNKNOWN,
              true),
          new Knob(
              "no answer at all",
              StubFault.noAnswer().silentFor(Duration.ofMillis(1_500)),
              End.SUCCESS,
              End.SUCCESS,
              End.OUTCOME_UNKNOWN,
              true));

  @BeforeAll
  static void start() {
    stub = FaultyCalls.stub(routes);
    client = FeignDiscogsClient.create(FaultyCalls.config(stub, READ_TIMEOUT).build());
    probe = new Probe(client);
    warmUp();
  }

  // The first calls of a JVM load classes: they must not be mistaken for slow answers. A client
  // with a patient timeout loads them, so that a busy machine cannot fail the warm-up itself.
  private static void warmUp() {
    try (FeignDiscogsClient patient =
        FeignDiscogsClient.create(FaultyCalls.config(stub, Duration.ofSeconds(30)).build())) {
      Probe warming = new Probe(patient);
      for (int i = 0; i < 20; i++) {
        warming.post(Map.of("op", "warm-up"));
      }
    }
  }

  @AfterAll
  static void stop() {
    client.close();
    stub.close();
  }

  @BeforeEach
  void forgetThePreviousTest() {
    stub.clearFaults();
    stub.clearRequests();
    stub.clearAppliedWrites();
    routes.seed(ITEM, "{\"op\": \"seed\"}");
  }

  static Stream<Arguments> knobs() {
    return KNOBS.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "GET under {0}")
  @MethodSource("knobs")
  void get(Knob knob) {
    stub.inject(knob.fault().on("GET", "/probe/**"));

    expect(knob.idempotent(), () -> probe.get(ITEM));

    assertThat(stub.appliedWrites()).isEmpty();
  }

  @ParameterizedTest(name = "PUT under {0}")
  @MethodSource("knobs")
  void put(Knob knob) {
    String op = UUID.randomUUID().toString();
    stub.inject(knob.fault().on("PUT", "/probe/**"));

    expect(knob.idempotent(), () -> probe.put(ITEM, Map.of("op", op)));

    assertThat(routes.items().get(ITEM)).contains(op);
    assertThat(appliedCounts().keySet()).containsOnly(op);
  }

  @ParameterizedTest(name = "DELETE under {0}")
  @MethodSource("knobs")
  void delete(Knob knob) {
    stub.inject(knob.fault().on("DELETE", "/probe/**"));

    expect(knob.voidCall(), () -> probe.delete(ITEM));

    assertThat(routes.items()).doesNotContainKey(ITEM);
  }

  @ParameterizedTest(name = "POST under {0}")
  @MethodSource("knobs")
  void post(Knob knob) {
    String op = UUID.randomUUID().toString();
    stub.inject(knob.fault().on("POST", "/probe/**"));

    expect(knob.post(), () -> probe.post(Map.of("op", op)));

    assertThat(appliedCounts()).isEqualTo(knob.postApplied() ? Map.of(op, 1L) : Map.of());
  }

  private static void expect(End end, Runnable call) {
    if (end == End.SUCCESS) {
      call.run();
    } else {
      assertThatThrownBy(call::run).isInstanceOf(end.type);
    }
  }

  // How many times each operation (the "op" of a write's body) was applied.
  private static Map<String, Long> appliedCounts() {
    return stub.appliedWrites().stream()
        .map(RecordedRequest::bodyText)
        .map(FaultMatrixTest::op)
        .flatMap(Optional::stream)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static Optional<String> op(String body) {
    int start = body.indexOf("\"op\":\"");
    if (start < 0) {
      return Optional.empty();
    }
    int from = start + "\"op\":\"".length();
    return Optional.of(body.substring(from, body.indexOf('"', from)));
  }
}
