package dev.needledrop.discogs.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void writesMillisecondsBelowASecond() {
    assertThat(Durations.words(Duration.ofMillis(350))).isEqualTo("350 ms");
    assertThat(Durations.words(Duration.ZERO)).isEqualTo("0 ms");
  }

  @Test
  void writesSecondsWithOneDecimalBelowAMinute() {
    assertThat(Durations.words(Duration.ofMillis(2_148))).isEqualTo("2.1 s");
    assertThat(Durations.words(Duration.ofSeconds(5))).isEqualTo("5 s");
  }

  @Test
  void writesMinutesAndSecondsThenHoursAndMinutes() {
    assertThat(Durations.words(Duration.ofMillis(62_148))).isEqualTo("1 min 2 s");
    assertThat(Durations.words(Duration.ofMinutes(15))).isEqualTo("15 min");
    assertThat(Durations.words(Duration.ofMinutes(65))).isEqualTo("1 h 5 min");
  }

  @Test
  void neverWritesANegativeDuration() {
    assertThat(Durations.words(Duration.ofSeconds(-3))).isEqualTo("0 ms");
  }
}
