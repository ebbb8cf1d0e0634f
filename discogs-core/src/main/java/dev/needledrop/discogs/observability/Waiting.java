package dev.needledrop.discogs.observability;

import java.time.Duration;
import java.util.Objects;

/**
 * A call is about to wait before its next attempt.
 *
 * @param method the HTTP method
 * @param path the path, without its query
 * @param attempt the number of the attempt waited for, from 1
 * @param duration how long it waits
 * @param reason why it waits
 */
public record Waiting(String method, String path, int attempt, Duration duration, Reason reason) {

  /** Why a call waits. */
  public enum Reason {
    /** The rate limiter holds the request back, to stay within the budget. */
    PACING,
    /** The server answered 429; waiting before sending again. */
    RATE_LIMITED,
    /** The server answered with a server error; waiting before sending again. */
    SERVER_ERROR,
    /** The connection failed or timed out; waiting before sending again. */
    CONNECTION_FAILURE
  }

  /** Creates the event. */
  public Waiting {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(reason, "reason");
  }
}
