package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.testing.FaultyCalls;
import dev.needledrop.discogs.feign.testing.Probe;
import dev.needledrop.discogs.feign.testing.ProbeRoutes;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubFault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

/**
 * Ten thousand calls from four threads, each meeting a fault, with a paginated stream abandoned
 * after its first item every hundred calls: while it works the client holds a handful of threads
 * and connections however many calls it makes, and it gives every one back once closed.
 */
class ResourceLeakTest {

  private static final int WORKERS = 4;
  private static final int CALLS_EACH = 2_500;
  private static final long ITEM = 7;

  // Far below what a leak of one thread or connection per call would reach (10,000 calls), yet
  // above what the JDK client's cached pool grows to while a loaded machine delays its workers:
  // 21 threads were seen with two other builds running. Once closed, none may remain.
  private static final int THREADS_AT_WORK = 48;
  private static final int CONNECTIONS_AT_WORK = WORKERS + 2;

  private static final List<StubFault> FAULTS =
      List.of(
          StubFault.rateLimited(),
          StubFault.serverError(500),
          StubFault.htmlError(503),
          StubFault.serverError(502),
          StubFault.emptyOk(),
          StubFault.truncatedJson(),
          StubFault.reset(),
          StubFault.reset().beforeProcessing());

  @Test
  void leavesNoThreadOrConnectionBehind() throws Exception {
    ProbeRoutes routes = new ProbeRoutes();
    routes.seed(ITEM, "{}");
    try (StubDiscogsServer stub = FaultyCalls.stub(routes)) {
      int threadsBefore = clientThreads();

      runFaultyCalls(stub);

      assertThat(settleAfterGc(ResourceLeakTest::clientThreads, threadsBefore))
          .isLessThanOrEqualTo(threadsBefore);
      assertThat(settleAfterGc(stub::openConnections, 0)).isZero();
    }
  }

  // The client lives only in here, so that it is unreachable once this returns.
  private void runFaultyCalls(StubDiscogsServer stub) throws Exception {
    try (FeignDiscogsClient client =
        FeignDiscogsClient.create(FaultyCalls.config(stub, Duration.ofSeconds(2)).build())) {
      ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
      List<Future<?>> done = new ArrayList<>();
      for (int worker = 0; worker < WORKERS; worker++) {
        long seed = worker;
        done.add(workers.submit(() -> work(client, stub, new SplittableRandom(seed))));
      }
      for (Future<?> each : done) {
        each.get();
      }
      workers.shutdown();

      assertThat(clientThreads()).isLessThanOrEqualTo(THREADS_AT_WORK);
      assertThat(settle(stub::openConnections, CONNECTIONS_AT_WORK))
          .isLessThanOrEqualTo(CONNECTIONS_AT_WORK);
    }
  }

  private static void work(
      FeignDiscogsClient client, StubDiscogsServer stub, SplittableRandom random) {
    Probe probe = new Probe(client);
    for (int i = 0; i < CALLS_EACH; i++) {
      stub.inject(FAULTS.get(random.nextInt(FAULTS.size())));
      callQuietly(probe, random.nextInt(4), i);
      if (i % 100 == 0) {
        abandonAStream(client);
      }
    }
  }

  private static void callQuietly(Probe probe, int method, int i) {
    try {
      switch (method) {
        case 0 -> probe.get(ITEM);
        case 1 -> probe.put(ITEM, Map.of("n", i));
        case 2 -> probe.post(Map.of("n", i));
        default -> probe.delete(ITEM + 1 + i);
      }
    } catch (DiscogsException expected) {
      // The outcome of each fault is proven elsewhere; this test counts what is left behind.
    }
  }

  private static void abandonAStream(FeignDiscogsClient client) {
    try {
      Iterator<ArtistRelease> releases =
          client.database().allArtistReleases(ArtistId.of(45), Optional.empty()).iterator();
      releases.next();
    } catch (DiscogsException struckByAFault) {
      // Abandoned all the same.
    }
  }

  // Counts the threads of Discogs clients: their watchdogs and the JDK clients' selectors.
  private static int clientThreads() {
    return (int)
        Thread.getAllStackTraces().keySet().stream()
            .map(Thread::getName)
            .filter(name -> name.startsWith("discogs-http") || name.startsWith("HttpClient-"))
            .count();
  }

  private static int settle(IntSupplier count, int target) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (count.getAsInt() > target && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    return count.getAsInt();
  }

  // JDK 17's HTTP client ends its selector thread, and closes its pooled connections, only once
  // the client is unreachable.
  private static int settleAfterGc(IntSupplier count, int target) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (count.getAsInt() > target && System.nanoTime() < deadline) {
      System.gc();
      Thread.sleep(50);
    }
    return count.getAsInt();
  }
}
