package dev.needledrop.discogs.observability;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A call is over.
 *
 * @param method the HTTP method
 * @param path the path, without its query
 * @param attempts how many attempts were sent
 * @param elapsed the call's whole time, waits included
 * @param status the last answer's status; empty when the last attempt got no answer
 * @param failure the simple name of the exception the call ends with; empty on success
 */
public record CallFinished(
    String method,
    String path,
    int attempts,
    Duration elapsed,
    OptionalInt status,
    Optional<String> failure) {

  /** Creates the event. */
  public CallFinished {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(failure, "failure");
  }

  /** Tells whether the call succeeded. */
  public boolean succeeded() {
    return failure.isEmpty();
  }
}
