package dev.needledrop.discogs.error;

import java.time.Duration;
import java.util.Optional;

/**
 * Discogs refused the call because the rate limit was spent (429). The {@link #rateLimit()}
 * snapshot tells the state the server reported.
 */
public class RateLimitedException extends DiscogsServiceException {

  private static final long serialVersionUID = 1L;

  private final transient Optional<Duration> retryAfter;

  /** Creates the exception for the failed call, without a {@code Retry-After} hint. */
  public RateLimitedException(FailedCall call) {
    this(call, Optional.empty());
  }

  /** Creates the exception for the failed call with the server's {@code Retry-After} hint. */
  public RateLimitedException(FailedCall call, Optional<Duration> retryAfter) {
    super(call);
    this.retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
  }

  /** Returns how long the server asked to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }
}
