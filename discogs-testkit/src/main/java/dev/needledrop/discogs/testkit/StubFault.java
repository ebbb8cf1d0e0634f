package dev.needledrop.discogs.testkit;

import dev.needledrop.discogs.testkit.internal.fault.Fault;
import dev.needledrop.discogs.testkit.internal.fault.FaultKind;
import dev.needledrop.discogs.testkit.internal.fault.PathPattern;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault for {@link StubDiscogsServer#inject}: how the stub misbehaves, for how many of the
 * requests it applies to, and on which. Immutable: every method returns a new fault.
 *
 * <p>Error answers (429, 5xx, HTML pages) strike before the endpoint runs, so no write is applied;
 * the others strike after it, so a write is applied and then its answer goes wrong. {@link
 * #beforeProcessing()} and {@link #afterProcessing()} change that where it makes sense.
 *
 * <pre>{@code
 * stub.inject(StubFault.serverError(503).times(2).on("GET", "/releases/*"));
 * stub.inject(StubFault.reset().on("POST", "/**"));
 * }</pre>
 */
public final class StubFault {

  /** How long a {@link #noAnswer()} connection is held by default. */
  public static final Duration DEFAULT_SILENCE = Duration.ofMinutes(1);

  private final FaultKind kind;
  private final int status;
  private final Optional<Duration> retryAfter;
  private final Duration pause;
  private final boolean beforeProcessing;
  private final int times;
  private final String method;
  private final String pathPattern;

  private StubFault(
      FaultKind kind,
      int status,
      Optional<Duration> retryAfter,
      Duration pause,
      boolean beforeProcessing,
      int times,
      String method,
      String pathPattern) {
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.pause = pause;
    this.beforeProcessing = beforeProcessing;
    this.times = times;
    this.method = method;
    this.pathPattern = pathPattern;
  }

  private static StubFault of(FaultKind kind, int status, Duration pause, boolean before) {
    return new StubFault(kind, status, Optional.empty(), pause, before, 1, "*", "/**");
  }

  /**
   * Answers 429 with Discogs' message and the rate-limit headers of a spent window (the limit, as
   * many used, none remaining), as Discogs does when the limit is exceeded; the stub's own window
   * counts nothing for it. Without {@link #retryAfter} the SDK's limiter takes the window as spent
   * by others and waits it out (a whole window, 60 seconds unless the stub's is shorter); with it,
   * only the {@code Retry-After}.
   */
  public static StubFault rateLimited() {
    return of(FaultKind.RATE_LIMITED, 429, Duration.ZERO, true);
  }

  /** Answers the 5xx status with a Discogs JSON error message. */
  public static StubFault serverError(int status) {
    return of(FaultKind.SERVER_ERROR, requireServerError(status), Duration.ZERO, true);
  }

  /** Answers the 5xx status with an HTML page and no rate-limit headers, as a proxy would. */
  public static StubFault htmlError(int status) {
    return of(FaultKind.HTML_ERROR, requireServerError(status), Duration.ZERO, true);
  }

  /** Answers 200 with an empty body after the endpoint ran. */
  public static StubFault emptyOk() {
    return of(FaultKind.EMPTY_OK, 200, Duration.ZERO, false);
  }

  /** Sends only the first half of the endpoint's JSON body, properly framed: JSON cut short. */
  public static StubFault truncatedJson() {
    return of(FaultKind.MALFORMED_JSON, 0, Duration.ZERO, false);
  }

  /** Announces the whole body, sends half of it, then resets the connection. */
  public static StubFault truncatedBody() {
    return of(FaultKind.TRUNCATED_BODY, 0, Duration.ZERO, false);
  }

  /** Sends the headers and half the body, pauses, then sends the rest. */
  public static StubFault slowBody(Duration pause) {
    return of(FaultKind.SLOW_BODY, 0, requireNotNegative(pause), false);
  }

  /** Answers only after the pause. */
  public static StubFault delayedAnswer(Duration pause) {
    return of(FaultKind.DELAYED_ANSWER, 0, requireNotNegative(pause), false);
  }

  /** Resets the connection once the request has been read (and, by default, processed). */
  public static StubFault reset() {
    return of(FaultKind.RESET, 0, Duration.ZERO, false);
  }

  /**
   * Never answers: the connection stays open and silent for {@link #DEFAULT_SILENCE} (see {@link
   * #silentFor}) or until the stub closes. The request is processed first, by default.
   */
  public static StubFault noAnswer() {
    return of(FaultKind.NO_ANSWER, 0, DEFAULT_SILENCE, false);
  }

  /**
   * Returns this fault with a {@code Retry-After} header, in whole seconds, on its error answer.
   */
  public StubFault retryAfter(Duration wait) {
    requireNotNegative(wait);
    if (kind != FaultKind.RATE_LIMITED
        && kind != FaultKind.SERVER_ERROR
        && kind != FaultKind.HTML_ERROR) {
      throw new IllegalStateException("only error answers carry Retry-After, not " + kind);
    }
    return new StubFault(
        kind, status, Optional.of(wait), pause, beforeProcessing, times, method, pathPattern);
  }

  /** Returns this silent fault holding its connection for the given time. */
  public StubFault silentFor(Duration hold) {
    if (kind != FaultKind.NO_ANSWER) {
      throw new IllegalStateException("only noAnswer() holds a connection, not " + kind);
    }
    return new StubFault(
        kind,
        status,
        retryAfter,
        requireNotNegative(hold),
        beforeProcessing,
        times,
        method,
        pathPattern);
  }

  /** Returns this fault striking the next {@code count} requests it applies to; 1 by default. */
  public StubFault times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("times must be at least 1, but was " + count);
    }
    return new StubFault(
        kind, status, retryAfter, pause, beforeProcessing, count, method, pathPattern);
  }

  /**
   * Returns this fault applying only to the method ({@code *} for any) and raw path pattern, where
   * {@code *} stands for anything within one path segment and {@code **} for anything at all.
   */
  public StubFault on(String method, String pathPattern) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathPattern, "pathPattern");
    PathPattern.compile(pathPattern);
    return new StubFault(
        kind, status, retryAfter, pause, beforeProcessing, times, method, pathPattern);
  }

  /** Returns this fault striking before the endpoint runs: nothing is applied. */
  public StubFault beforeProcessing() {
    requireTimingChoice();
    return new StubFault(kind, status, retryAfter, pause, true, times, method, pathPattern);
  }

  /** Returns this fault striking after the endpoint ran: a write is applied first. */
  public StubFault afterProcessing() {
    requireTimingChoice();
    if (kind == FaultKind.RATE_LIMITED) {
      throw new IllegalStateException("a 429 means the server did nothing: it comes before");
    }
    return new StubFault(kind, status, retryAfter, pause, false, times, method, pathPattern);
  }

  Fault toFault() {
    return new Fault(
        kind,
        status,
        retryAfter,
        pause,
        beforeProcessing,
        method,
        PathPattern.compile(pathPattern),
        new AtomicInteger(times));
  }

  @Override
  public String toString() {
    return "StubFault["
        + kind
        + (status == 0 ? "" : " " + status)
        + retryAfter.map(wait -> ", Retry-After " + wait).orElse("")
        + (pause.isZero() ? "" : ", pause " + pause)
        + (beforeProcessing ? ", before processing" : ", after processing")
        + ", "
        + times
        + "x on "
        + method
        + " "
        + pathPattern
        + "]";
  }

  private void requireTimingChoice() {
    boolean needsAnAnswer =
        kind == FaultKind.EMPTY_OK
            || kind == FaultKind.MALFORMED_JSON
            || kind == FaultKind.TRUNCATED_BODY
            || kind == FaultKind.SLOW_BODY;
    if (needsAnAnswer) {
      throw new IllegalStateException(kind + " spoils the endpoint's answer: it comes after");
    }
  }

  private static int requireServerError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be from 500 to 599, but was " + status);
    }
    return status;
  }

  private static Duration requireNotNegative(Duration pause) {
    Objects.requireNonNull(pause, "pause");
    if (pause.isNegative()) {
      throw new IllegalArgumentException("the time must not be negative, but was " + pause);
    }
    return pause;
  }
}
