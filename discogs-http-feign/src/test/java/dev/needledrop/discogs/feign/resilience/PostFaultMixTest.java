package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A thousand POSTs under a seeded mix of faults: no POST is ever applied twice, every call whose
 * outcome the client cannot know ends in an {@link OutcomeUnknownException}, and every other call
 * ends as its fault calls for.
 */
class PostFaultMixTest {

  private static final int POSTS = 1_000;

  /**
   * A fault with its share of the mix and its expected end.
   *
   * @param weight its share, in thousandths
   * @param fault the fault, or empty for none
   * @param ends the exception it ends with, or empty for success
   * @param applied whether the write is applied (once)
   */
  private record Mix(
      int weight,
      Optional<StubFault> fault,
      Optional<Class<? extends DiscogsException>> ends,
      boolean applied) {}

  private static final List<Mix> MIX =
      List.of(
          new Mix(300, Optional.empty(), Optional.empty(), true),
          new Mix(150, Optional.of(StubFault.rateLimited()), Optional.empty(), true),
          new Mix(
              50, Optional.of(StubFault.serverError(500)), end(ServerErrorException.class), false),
          new Mix(
              50, Optional.of(StubFault.htmlError(503)), end(ServerErrorException.class), false),
          new Mix(
              50,
              Optional.of(StubFault.serverError(502)),
              end(OutcomeUnknownException.class),
              false),
          new Mix(
              80, Optional.of(StubFault.emptyOk()), end(UnreadableResponseException.class), true),
          new Mix(
              80,
              Optional.of(StubFault.truncatedJson()),
              end(UnreadableResponseException.class),
              true),
          new Mix(
              90, Optional.of(StubFault.truncatedBody()), end(OutcomeUnknownException.class), true),
          new Mix(130, Optional.of(StubFault.reset()), end(OutcomeUnknownException.class), true),
          new Mix(
              7,
              Optional.of(StubFault.slowBody(Duration.ofMillis(1_200))),
              end(OutcomeUnknownException.class),
              true),
          new Mix(
              7,
              Optional.of(StubFault.delayedAnswer(Duration.ofMillis(1_200))),
              end(OutcomeUnknownException.class),
              true),
          new Mix(
              6,
              Optional.of(StubFault.noAnswer().silentFor(Duration.ofMillis(1_500))),
              end(OutcomeUnknownException.class),
              true));

  private static Optional<Class<? extends DiscogsException>> end(
      Class<? extends DiscogsException> type) {
    return Optional.of(type);
  }

  @Test
  void neverAppliesAPostTwiceAndReportsEveryUnknownOutcome() {
    ProbeRoutes routes = new ProbeRoutes();
    SplittableRandom random = new SplittableRandom(6);
    List<String> expectedApplied = new ArrayList<>();
    int unknown = 0;
    try (StubDiscogsServer stub = FaultyCalls.stub(routes);
        FeignDiscogsClient client =
            FeignDiscogsClient.create(FaultyCalls.config(stub, Duration.ofMillis(400)).build())) {
      Probe probe = new Probe(client);
      warmUp(probe, stub);

      for (int i = 0; i < POSTS; i++) {
        Mix mix = pick(random);
        String op = "op-" + i;
        mix.fault().ifPresent(fault -> stub.inject(fault.on("POST", "/probe/items")));

        Optional<DiscogsException> failure = post(probe, op);

        assertThat(failure.map(Object::getClass))
            .as("POST %s under %s", op, mix.fault())
            .isEqualTo(mix.ends());
        if (mix.applied()) {
          expectedApplied.add(op);
        }
        if (failure.filter(OutcomeUnknownException.class::isInstance).isPresent()) {
          unknown++;
        }
      }

      Map<String, Long> applied = appliedCounts(stub);
      assertThat(applied.values()).as("no POST applied twice").containsOnly(1L);
      assertThat(applied.keySet()).containsExactlyInAnyOrderElementsOf(expectedApplied);
    }
    assertThat(unknown).as("unknown outcomes reported").isGreaterThan(200);
  }

  // The first calls of a JVM load classes: they must not be mistaken for slow answers.
  private static void warmUp(Probe probe, StubDiscogsServer stub) {
    for (int i = 0; i < 20; i++) {
      probe.post(Map.of("op", "warm-up-" + i));
    }
    stub.clearAppliedWrites();
  }

  private static Optional<DiscogsException> post(Probe probe, String op) {
    try {
      probe.post(Map.of("op", op));
      return Optional.empty();
    } catch (DiscogsException failure) {
      return Optional.of(failure);
    }
  }

  private static Mix pick(SplittableRandom random) {
    int roll = random.nextInt(MIX.stream().mapToInt(Mix::weight).sum());
    for (Mix mix : MIX) {
      roll -= mix.weight();
      if (roll < 0) {
        return mix;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }

  private static Map<String, Long> appliedCounts(StubDiscogsServer stub) {
    return stub.appliedWrites().stream()
        .map(RecordedRequest::bodyText)
        .map(body -> body.replaceAll(".*\"op\":\"([^\"]+)\".*", "$1"))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
