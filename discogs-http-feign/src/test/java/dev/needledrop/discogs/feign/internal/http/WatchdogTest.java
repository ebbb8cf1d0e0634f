package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Deadlines end when they pass or when the watchdog is closed, and never after being given back.
 */
class WatchdogTest {

  private static final long FAR_AWAY = System.nanoTime() + Duration.ofHours(1).toNanos();

  private final List<String> ended = new CopyOnWriteArrayList<>();

  @Test
  void endsADeadlineThatPassesWithinAFewTicks() throws Exception {
    try (Watchdog watchdog = new Watchdog("watchdog-test")) {
      watchdog.watch(System.nanoTime() + Duration.ofMillis(20).toNanos(), this::record);
      long waitUntil = System.nanoTime() + Duration.ofSeconds(2).toNanos();
      while (ended.isEmpty() && System.nanoTime() < waitUntil) {
        Thread.sleep(5);
      }
    }

    assertThat(ended).containsExactly("deadline");
  }

  @Test
  void endsEveryDeadlineStillWatchedWhenClosed() {
    Watchdog watchdog = new Watchdog("watchdog-test");
    watchdog.watch(FAR_AWAY, this::record);
    watchdog.watch(FAR_AWAY, this::record);
    watchdog.watch(FAR_AWAY, this::record).release();

    watchdog.close();

    assertThat(ended).containsExactly("closed", "closed");
  }

  @Test
  void endsAWatchTakenAfterClosingAtOnce() {
    Watchdog watchdog = new Watchdog("watchdog-test");
    watchdog.close();

    watchdog.watch(FAR_AWAY, this::record);

    assertThat(ended).containsExactly("closed");
  }

  @Test
  void neverEndsAWatchGivenBack() {
    Watchdog watchdog = new Watchdog("watchdog-test");
    Watchdog.Watch watch = watchdog.watch(FAR_AWAY, this::record);

    watch.release();
    watchdog.close();

    assertThat(ended).isEmpty();
  }

  private void record(boolean closed) {
    ended.add(closed ? "closed" : "deadline");
  }
}
