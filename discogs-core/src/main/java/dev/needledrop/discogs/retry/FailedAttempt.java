package dev.needledrop.discogs.retry;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One attempt of a call that did not succeed, as a {@link RetryPolicy} sees it.
 *
 * @param method the HTTP method, upper case
 * @param attempt the attempt's number, from 1
 * @param outcome how the attempt ended
 * @param elapsed the time since the call began, every earlier attempt and wait included
 */
public record FailedAttempt(String method, int attempt, AttemptOutcome outcome, Duration elapsed) {

  // Sending these twice has the effect of sending them once.
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  /** Creates the description, checking its parts. */
  public FailedAttempt {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(elapsed, "elapsed");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be 1 or more, but was " + attempt);
    }
    method = method.toUpperCase(Locale.ROOT);
  }

  /** Tells whether sending the request again cannot repeat its effect. */
  public boolean isIdempotent() {
    return IDEMPOTENT.contains(method);
  }
}
