package dev.needledrop.discogs.error;

import dev.needledrop.discogs.time.Durations;
import java.time.Duration;
import java.util.Optional;

/**
 * Discogs refused the call because the rate limit was spent (429). The {@link #rateLimit()}
 * snapshot tells the state the server reported; {@link #waited()} how long the client waited for
 * the limit before giving up.
 */
public class RateLimitedException extends DiscogsServiceException {

  private static final long serialVersionUID = 1L;

  private final transient Optional<Duration> retryAfter;
  private final Duration waited;

  /** Creates the exception for the failed call, without a {@code Retry-After} hint. */
  public RateLimitedException(FailedCall call) {
    this(call, Optional.empty());
  }

  /** Creates the exception for the failed call with the server's {@code Retry-After} hint. */
  public RateLimitedException(FailedCall call, Optional<Duration> retryAfter) {
    this(call, retryAfter, Duration.ZERO);
  }

  /**
   * Creates the exception for a call given up after waiting and retrying for the given time in all.
   */
  public RateLimitedException(FailedCall call, Optional<Duration> retryAfter, Duration waited) {
    super(call);
    this.retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
    this.waited = waited == null || waited.isNegative() ? Duration.ZERO : waited;
  }

  /** Returns how long the server asked to wait, when it said. */
  public Optional<Duration> retryAfter() {
    return retryAfter;
  }

  /** Returns how long the client waited and retried before giving up; zero when it did not. */
  public Duration waited() {
    return waited;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return waited.isZero()
        ? message
        : message + " (gave up after waiting " + Durations.words(waited) + ")";
  }
}
