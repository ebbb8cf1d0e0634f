package dev.needledrop.discogs.ratelimit;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a limiter learns from one answer: its status, the rate-limit state it reported, the wait the
 * server asked for, and how long ago the request was sent.
 *
 * @param status the HTTP status of the answer
 * @param state the three rate-limit headers, empty when the answer lacked or garbled them
 * @param retryAfter the {@code Retry-After} wait, when the server sent one
 * @param sinceSent the time from sending the request to receiving this answer, so that a limiter
 *     can tell which of its own requests the server had counted
 */
public record RateLimitFeedback(
    int status,
    Optional<RateLimitSnapshot> state,
    Optional<Duration> retryAfter,
    Duration sinceSent) {

  /** Creates the feedback, refusing a negative time since sending. */
  public RateLimitFeedback {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(sinceSent, "sinceSent");
    if (sinceSent.isNegative()) {
      throw new IllegalArgumentException("sinceSent must not be negative, but was " + sinceSent);
    }
  }

  /** Tells whether the server refused the request for the rate limit (429). */
  public boolean refused() {
    return status == 429;
  }
}
