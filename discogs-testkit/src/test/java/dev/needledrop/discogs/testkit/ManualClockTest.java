package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ManualClockTest {

  @Test
  void standsStillUntilMovedThenMovesByTheStep() {
    ManualClock clock = ManualClock.startingAt(Instant.parse("2026-12-04T10:00:00Z"));

    assertThat(clock.instant()).isEqualTo(clock.instant()).isEqualTo("2026-12-04T10:00:00Z");

    clock.advance(Duration.ofMinutes(15));

    assertThat(clock.instant()).isEqualTo("2026-12-04T10:15:00Z");
  }

  @Test
  void startsAtAFixedInstantInUtc() {
    ManualClock clock = ManualClock.start();

    assertThat(clock.instant()).isEqualTo("2024-01-01T00:00:00Z");
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.withZone(ZoneId.of("Asia/Tokyo"))).isSameAs(clock);
  }

  @Test
  void refusesToMoveBackwards() {
    ManualClock clock = ManualClock.start();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .withMessageContaining("only moves forward");
    assertThat(clock.instant()).isEqualTo("2024-01-01T00:00:00Z");
  }
}
