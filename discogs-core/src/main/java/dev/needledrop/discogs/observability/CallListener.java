package dev.needledrop.discogs.observability;

import java.util.List;
import java.util.Objects;

/**
 * Told of every call an adapter makes: each attempt's start and end (status, latency, rate-limit
 * state), each wait (for the rate limit or before a retry) with its reason, and the call's end.
 * Useful for metrics and logs.
 *
 * <p>Events carry the method and the path without its query, never a credential. Methods are called
 * on the calling thread and should return quickly; an exception a listener throws is ignored.
 * Implementations are thread-safe. Every method does nothing by default.
 */
public interface CallListener {

  /** An attempt is about to be sent. */
  default void attemptStarted(AttemptStarted event) {}

  /** An attempt was answered, or failed without an answer. */
  default void attemptFinished(AttemptFinished event) {}

  /** The call is about to wait, for the rate limit or before a retry. */
  default void waiting(Waiting event) {}

  /** The call is over: it succeeded, or the error it ends with is about to be thrown. */
  default void callFinished(CallFinished event) {}

  /** Returns a listener that ignores everything. */
  static CallListener none() {
    return NoListener.INSTANCE;
  }

  /** Returns a listener telling each of the given ones, in order. */
  static CallListener all(CallListener... listeners) {
    List<CallListener> all = List.of(listeners);
    all.forEach(listener -> Objects.requireNonNull(listener, "listener"));
    return new Listeners(all);
  }
}
