package dev.needledrop.discogs.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one attempt to send a call ended without success: answered with an error status, failed
 * before anything was sent, or sent without a complete answer coming back.
 */
public sealed interface AttemptOutcome {

  /**
   * The server answered with an error status.
   *
   * @param status the HTTP status
   * @param retryAfter the {@code Retry-After} wait, when the server sent one
   */
  record Answered(int status, Optional<Duration> retryAfter) implements AttemptOutcome {

    /** Creates the outcome. */
    public Answered {
      Objects.requireNonNull(retryAfter, "retryAfter");
    }
  }

  /**
   * The connection never opened (refused, unreachable, connect timeout): nothing reached the
   * server, so any request may be sent again.
   *
   * @param reason what failed, without credentials
   */
  record NotSent(String reason) implements AttemptOutcome {

    /** Creates the outcome. */
    public NotSent {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The request was sent but no complete answer came back (a timeout, a reset connection, a body
   * cut short): the server may have acted on it.
   *
   * @param reason what failed, without credentials
   * @param timedOut whether a timeout or the call's deadline ended the wait
   */
  record NoAnswer(String reason, boolean timedOut) implements AttemptOutcome {

    /** Creates the outcome. */
    public NoAnswer {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
