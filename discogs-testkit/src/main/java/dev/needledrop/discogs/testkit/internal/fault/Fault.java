package dev.needledrop.discogs.testkit.internal.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A scripted fault: what goes wrong, for how many more matching requests, on which requests, and
 * whether the endpoint runs (and a write is applied) before it.
 *
 * @param kind what goes wrong
 * @param status the status of an error answer
 * @param retryAfter the {@code Retry-After} header to send, if any
 * @param pause the pause of a slow body, a delayed answer, or how long a silent connection is held
 * @param beforeProcessing whether the fault strikes before the endpoint runs
 * @param method the method it applies to, or {@code *}
 * @param path the raw paths it applies to
 * @param remaining how many more requests it strikes
 */
public record Fault(
    FaultKind kind,
    int status,
    Optional<Duration> retryAfter,
    Duration pause,
    boolean beforeProcessing,
    String method,
    Pattern path,
    AtomicInteger remaining) {

  /** Creates the fault. */
  public Fault {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(pause, "pause");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(remaining, "remaining");
  }

  /** Tells whether the fault applies to a request, not counting whether it is used up. */
  boolean matches(String requestMethod, String rawPath) {
    return (method.equals("*") || method.equalsIgnoreCase(requestMethod))
        && path.matcher(rawPath).matches();
  }

  /** Uses the fault once, if any use remains. */
  boolean tryUse() {
    return remaining.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0;
  }
}
