package dev.needledrop.discogs.feign.internal.http;

import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps the rate-limit state of the most recent response of one client. Thread-safe: concurrent
 * calls simply leave the state of whichever response arrived last.
 */
public final class RateLimitTracker {

  private final Clock clock;
  private final AtomicReference<Optional<RateLimitSnapshot>> latest =
      new AtomicReference<>(Optional.empty());

  /** Creates a tracker that stamps snapshots with the given clock. */
  public RateLimitTracker(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Reads the rate-limit headers of a response, keeps the result as the latest state (empty when
   * the response carried none) and returns it.
   */
  public Optional<RateLimitSnapshot> observe(Map<String, ? extends Collection<String>> headers) {
    Optional<RateLimitSnapshot> snapshot = read(headers);
    latest.set(snapshot);
    return snapshot;
  }

  /** Reads the rate-limit headers of a response without keeping them. */
  public Optional<RateLimitSnapshot> read(Map<String, ? extends Collection<String>> headers) {
    return RateLimitSnapshot.fromHeaders(
        HeaderMaps.first(headers, "X-Discogs-Ratelimit").orElse(null),
        HeaderMaps.first(headers, "X-Discogs-Ratelimit-Used").orElse(null),
        HeaderMaps.first(headers, "X-Discogs-Ratelimit-Remaining").orElse(null),
        clock.instant());
  }

  /** Returns the state of the most recent response, empty before the first one. */
  public Optional<RateLimitSnapshot> latest() {
    return latest.get();
  }
}
