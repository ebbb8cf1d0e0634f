package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.testkit.ManualClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** How the job poller waits: longer each time, capped, never in a tight loop, bounded. */
class JobPollerTest {

  private final List<Duration> waits = new ArrayList<>();
  private final StringWriter err = new StringWriter();
  private final ManualClock clock = ManualClock.start();

  private JobPoller poller(Duration first, Duration deadline) {
    return new JobPoller(
        first,
        deadline,
        wait -> {
          waits.add(wait);
          clock.advance(wait);
        },
        new PrintWriter(err),
        clock);
  }

  @Test
  void returnsAtOnceWhenTheJobIsAlreadyDone() {
    String state =
        poller(Duration.ofSeconds(2), Duration.ofMinutes(1))
            .await(() -> "done", "done"::equals, s -> s);

    assertThat(state).isEqualTo("done");
    assertThat(waits).isEmpty();
  }

  @Test
  void waitsHalfAgainAsLongEachTimeReportingEachState() {
    AtomicInteger reads = new AtomicInteger();

    String state =
        poller(Duration.ofSeconds(2), Duration.ofMinutes(1))
            .await(
                () -> reads.incrementAndGet() < 4 ? "running" : "done",
                "done"::equals,
                s -> "job: " + s);

    assertThat(state).isEqualTo("done");
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMillis(4500));
    assertThat(err.toString().lines())
        .containsExactly(
            "job: running, next check in 2 s",
            "job: running, next check in 3 s",
            "job: running, next check in 4.5 s");
  }

  @Test
  void growsEvenAZeroWaitAndCapsTheWaitAtThirtySeconds() {
    assertThat(JobPoller.longer(Duration.ZERO)).isEqualTo(Duration.ofMillis(100));
    assertThat(JobPoller.longer(Duration.ofSeconds(25))).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void givesUpWhenTheNextWaitWouldPassTheDeadline() {
    assertThatThrownBy(
            () ->
                poller(Duration.ofSeconds(10), Duration.ofMinutes(1))
                    .await(() -> "running", "done"::equals, s -> "export 7: " + s))
        .isInstanceOf(CommandFailure.class)
        .hasMessage("export 7: running after 1 min; gave up waiting");
    assertThat(waits.stream().mapToLong(Duration::toSeconds).sum()).isLessThanOrEqualTo(60);
  }
}
