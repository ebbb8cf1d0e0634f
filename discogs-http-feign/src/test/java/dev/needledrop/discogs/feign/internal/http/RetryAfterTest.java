package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  @Test
  void readsSeconds() {
    assertThat(RetryAfter.parse(" 30 ", NOW)).contains(Duration.ofSeconds(30));
  }

  @Test
  void readsAnHttpDate() {
    assertThat(RetryAfter.parse("Wed, 01 May 2024 12:01:30 GMT", NOW))
        .contains(Duration.ofSeconds(90));
  }

  @Test
  void readsADateInThePastAsZero() {
    assertThat(RetryAfter.parse("Wed, 01 May 2024 11:00:00 GMT", NOW)).contains(Duration.ZERO);
  }

  @ParameterizedTest(name = "''{0}''")
  @ValueSource(strings = {"", "soon", "-5", "1.5", "99999999999"})
  void readsAnythingElseAsAbsent(String value) {
    assertThat(RetryAfter.parse(value, NOW)).isEmpty();
  }
}
