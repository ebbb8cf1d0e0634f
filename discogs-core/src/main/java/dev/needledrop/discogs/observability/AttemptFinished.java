package dev.needledrop.discogs.observability;

import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An attempt of a call was answered, or failed without an answer.
 *
 * @param method the HTTP method
 * @param path the path, without its query
 * @param attempt the attempt's number, from 1
 * @param status the answer's status; empty when no answer came
 * @param latency the time from sending to the end of the answer (or the failure)
 * @param rateLimit the rate-limit state the answer reported, when it did
 * @param failure why no answer came, such as a timeout; empty when answered
 */
public record AttemptFinished(
    String method,
    String path,
    int attempt,
    OptionalInt status,
    Duration latency,
    Optional<RateLimitSnapshot> rateLimit,
    Optional<String> failure) {

  /** Creates the event. */
  public AttemptFinished {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(latency, "latency");
    Objects.requireNonNull(rateLimit, "rateLimit");
    Objects.requireNonNull(failure, "failure");
  }
}
