package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitTrackerTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

  private final RateLimitTracker tracker = new RateLimitTracker(Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void readsTheHeadersWhateverTheirCase() {
    var snapshot =
        tracker.observe(
            Map.of(
                "x-discogs-ratelimit", List.of("60"),
                "X-DISCOGS-RATELIMIT-USED", List.of("4"),
                "X-Discogs-RateLimit-Remaining", List.of("56")));

    assertThat(snapshot).contains(new RateLimitSnapshot(60, 4, 56, NOW));
    assertThat(tracker.latest()).isEqualTo(snapshot);
  }

  @Test
  void isEmptyBeforeTheFirstResponse() {
    assertThat(tracker.latest()).isEmpty();
  }

  @Test
  void forgetsTheStateWhenAResponseCarriesNone() {
    tracker.observe(
        Map.of(
            "X-Discogs-Ratelimit", List.of("60"), "X-Discogs-Ratelimit-Remaining", List.of("1")));

    tracker.observe(Map.of("Content-Type", List.of("text/html")));

    assertThat(tracker.latest()).isEmpty();
  }

  @Test
  void readsWithoutKeeping() {
    var snapshot =
        tracker.read(
            Map.of(
                "X-Discogs-Ratelimit",
                List.of("25"),
                "X-Discogs-Ratelimit-Remaining",
                List.of("0")));

    assertThat(snapshot).hasValueSatisfying(limit -> assertThat(limit.isExhausted()).isTrue());
    assertThat(tracker.latest()).isEmpty();
  }
}
