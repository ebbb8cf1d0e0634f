package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.error.CallTimeoutException;
import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.FailedCall;
import dev.needledrop.discogs.error.OutcomeUnknownException;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import dev.needledrop.discogs.testkit.internal.fault.PathPattern;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A failure for {@link FakeFailures#inject}: the exception an HTTP client would end a call with
 * when the stub's {@code StubFault} of the same name struck and the retries (if any) gave up.
 * Immutable: every method returns a new failure.
 *
 * <pre>{@code
 * fake.failures().inject(FakeFailure.serverError(503).times(2).on("GET", "/releases/*"));
 * }</pre>
 */
public final class FakeFailure {

  private static final String TOO_QUICKLY = "You are making requests too quickly.";

  private final Kind kind;
  private final int status;
  private final Optional<Duration> retryAfter;
  private final int times;
  private final String method;
  private final Pattern path;
  private final String pathPattern;

  private enum Kind {
    RATE_LIMITED,
    SERVER_ERROR,
    HTML_ERROR,
    UNREADABLE,
    TIMEOUT,
    RESET,
    LOST_ANSWER
  }

  private FakeFailure(
      Kind kind,
      int status,
      Optional<Duration> retryAfter,
      int times,
      String method,
      String pathPattern) {
    this.kind = kind;
    this.status = status;
    this.retryAfter = retryAfter;
    this.times = times;
    this.method = method;
    this.pathPattern = pathPattern;
    this.path = PathPattern.compile(pathPattern);
  }

  private static FakeFailure of(Kind kind, int status) {
    return new FakeFailure(kind, status, Optional.empty(), 1, "*", "/**");
  }

  /** A 429 with a spent window of 60, as when the rate limit is exceeded. */
  public static FakeFailure rateLimited() {
    return of(Kind.RATE_LIMITED, 429);
  }

  /** A 429 whose answer asked to wait. */
  public static FakeFailure rateLimited(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    return new FakeFailure(Kind.RATE_LIMITED, 429, Optional.of(retryAfter), 1, "*", "/**");
  }

  /** A Discogs JSON error with the 5xx status. */
  public static FakeFailure serverError(int status) {
    return of(Kind.SERVER_ERROR, requireServerError(status));
  }

  /** A proxy's HTML error page with the 5xx status. */
  public static FakeFailure htmlError(int status) {
    return of(Kind.HTML_ERROR, requireServerError(status));
  }

  /** A 200 whose body is empty or cut short where JSON was due. */
  public static FakeFailure unreadable() {
    return of(Kind.UNREADABLE, 200);
  }

  /** No answer within the timeout; a POST gets {@link OutcomeUnknownException}. */
  public static FakeFailure timeout() {
    return of(Kind.TIMEOUT, 0);
  }

  /** The connection reset before an answer; a POST gets {@link OutcomeUnknownException}. */
  public static FakeFailure connectionReset() {
    return of(Kind.RESET, 0);
  }

  /**
   * The write is applied, then its answer is lost: a POST gets {@link OutcomeUnknownException},
   * other methods a {@link TransportException}. Strikes only calls that write.
   */
  public static FakeFailure lostAnswer() {
    return of(Kind.LOST_ANSWER, 0);
  }

  /** Returns this failure striking the next {@code count} calls it applies to; 1 by default. */
  public FakeFailure times(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("times must be at least 1, but was " + count);
    }
    return new FakeFailure(kind, status, retryAfter, count, method, pathPattern);
  }

  /**
   * Returns this failure applying only to calls with the HTTP method ({@code *} for any) and a path
   * matching the pattern ({@code *} within a segment, {@code **} anything), as the call would be
   * sent over HTTP.
   */
  public FakeFailure on(String method, String pathPattern) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(pathPattern, "pathPattern");
    return new FakeFailure(kind, status, retryAfter, times, method, pathPattern);
  }

  int times() {
    return times;
  }

  boolean strikesAfterApplying() {
    return kind == Kind.LOST_ANSWER;
  }

  boolean appliesTo(String callMethod, String callPath) {
    return (method.equals("*") || method.equalsIgnoreCase(callMethod))
        && path.matcher(callPath).matches();
  }

  DiscogsException toException(String callMethod, String callPath) {
    return switch (kind) {
      case RATE_LIMITED ->
          new RateLimitedException(rateLimitedCall(callMethod, callPath), retryAfter);
      case SERVER_ERROR ->
          new ServerErrorException(
              call(
                  callMethod,
                  callPath,
                  "An internal server error occurred.",
                  "",
                  Optional.empty()));
      case HTML_ERROR ->
          new ServerErrorException(
              call(
                  callMethod,
                  callPath,
                  "",
                  "<html><body><h1>" + status + "</h1></body></html>",
                  Optional.empty()));
      case UNREADABLE ->
          new UnreadableResponseException(
              callMethod,
              callPath,
              200,
              "application/json",
              "",
              "the body is empty where JSON" + " was due",
              null);
      case TIMEOUT ->
          unknownIfPost(
              callMethod,
              callPath,
              new CallTimeoutException(
                  callMethod, callPath, "no response within the timeout", null));
      case RESET, LOST_ANSWER ->
          unknownIfPost(
              callMethod,
              callPath,
              new TransportException(callMethod, callPath, "the connection was reset", null));
    };
  }

  private FailedCall rateLimitedCall(String callMethod, String callPath) {
    RateLimitSnapshot spent = new RateLimitSnapshot(60, 60, 0, Instant.now());
    return call(callMethod, callPath, TOO_QUICKLY, "", Optional.of(spent));
  }

  private FailedCall call(
      String callMethod,
      String callPath,
      String message,
      String body,
      Optional<RateLimitSnapshot> rateLimit) {
    return new FailedCall(callMethod, callPath, status, message, body, rateLimit);
  }

  private static TransportException unknownIfPost(
      String callMethod, String callPath, TransportException failure) {
    if (!callMethod.equalsIgnoreCase("POST")) {
      return failure;
    }
    return new OutcomeUnknownException(
        callMethod, callPath, "no answer came (" + failure.getMessage() + ")", failure);
  }

  private static int requireServerError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be from 500 to 599, but was " + status);
    }
    return status;
  }

  @Override
  public String toString() {
    return "FakeFailure["
        + kind
        + (status == 0 ? "" : " " + status)
        + ", "
        + times
        + "x on "
        + method
        + " "
        + pathPattern
        + "]";
  }
}
