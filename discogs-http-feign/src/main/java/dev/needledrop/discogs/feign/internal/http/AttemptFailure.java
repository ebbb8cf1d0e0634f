package dev.needledrop.discogs.feign.internal.http;

/**
 * One attempt got no complete answer: either nothing was sent (the connection never opened) or the
 * request went out and the answer failed to come (a timeout, a reset, a body cut short). Checked,
 * so that the retry loop must decide what it means; never reaches users.
 */
public final class AttemptFailure extends Exception {

  private static final long serialVersionUID = 1L;

  private final boolean sent;
  private final boolean timedOut;
  private final String reason;

  private AttemptFailure(boolean sent, boolean timedOut, String reason, Throwable cause) {
    super(reason, cause, false, false);
    this.sent = sent;
    this.timedOut = timedOut;
    this.reason = reason;
  }

  /** Nothing reached the server. */
  static AttemptFailure notSent(String reason, Throwable cause) {
    return new AttemptFailure(false, false, reason, cause);
  }

  /** The request was sent; the answer did not come whole. */
  static AttemptFailure unanswered(String reason, Throwable cause) {
    return new AttemptFailure(true, false, reason, cause);
  }

  /** The request was sent; the time ran out before the answer came whole. */
  static AttemptFailure timedOut(String reason, Throwable cause) {
    return new AttemptFailure(true, true, reason, cause);
  }

  /** Tells whether the request may have reached the server. */
  public boolean sent() {
    return sent;
  }

  /** Tells whether the time ran out. */
  public boolean timedOut() {
    return timedOut;
  }

  /** Returns what failed, without credentials. */
  public String reason() {
    return reason;
  }
}
