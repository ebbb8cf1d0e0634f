package dev.needledrop.discogs.feign.internal.resilience;

import dev.needledrop.discogs.error.CallTimeoutException;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.error.FailedCall;
import dev.needledrop.discogs.error.OutcomeUnknownException;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.feign.internal.http.AttemptFailure;
import dev.needledrop.discogs.feign.internal.http.HeaderMaps;
import dev.needledrop.discogs.feign.internal.http.HttpTransport;
import dev.needledrop.discogs.feign.internal.http.JdkHttpClient;
import dev.needledrop.discogs.feign.internal.http.RetryAfter;
import dev.needledrop.discogs.observability.AttemptFinished;
import dev.needledrop.discogs.observability.AttemptStarted;
import dev.needledrop.discogs.observability.CallFinished;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.observability.Waiting;
import dev.needledrop.discogs.ratelimit.RateLimitFeedback;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import dev.needledrop.discogs.retry.AttemptOutcome;
import dev.needledrop.discogs.retry.FailedAttempt;
import dev.needledrop.discogs.retry.RetryDecision;
import dev.needledrop.discogs.time.Durations;
import feign.Client;
import feign.Request;
import feign.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Feign's transport: sends each call as one or more attempts, paced by the rate limiter, retried as
 * the retry policy decides, within the call's deadline, and reported to the call listener.
 * Thread-safe; each call keeps its own state.
 *
 * <p>For every attempt it waits until the limiter allows a request, prepares the attempt (the
 * {@link AttemptStep}s, such as OAuth signing, run again each time), sends it, following the
 * redirects of a GET or HEAD itself ({@link RedirectFollower}: credentials only to the API's own
 * origin), and feeds the answer's rate-limit headers to the limiter, errors and 429s included. An
 * answer below 400 goes back to Feign as it is. After an error answer or a failed attempt the
 * policy decides; a retry whose wait would end past the deadline is not made. A call given up ends
 * with:
 *
 * <ul>
 *   <li>a 429 it waited for: a {@code RateLimitedException} telling how long it waited;
 *   <li>a POST answered 502, 504, 520 or 524 (a gateway speaking for a server that may have acted
 *       on it), or sent without a complete answer: an {@link OutcomeUnknownException};
 *   <li>another error answer: the answer, which Feign's error decoder turns into its exception;
 *   <li>no answer within the time: a {@link CallTimeoutException}; otherwise a {@link
 *       TransportException}.
 * </ul>
 */
public final class ResilientClient implements Client {

  // A gateway answering these may have passed the request on to a server that acted on it.
  private static final Set<Integer> GATEWAY_IN_DOUBT = Set.of(502, 504, 520, 524);

  // Sending these twice has the effect of sending them once.
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final RedirectFollower transport;
  private final ResilienceSettings settings;
  private final Clock clock = Clock.systemUTC();

  /** Creates the client over the JDK's HTTP client. */
  public ResilientClient(JdkHttpClient transport, ResilienceSettings settings) {
    this(transport::send, settings);
  }

  /** Creates the client over any transport, such as one recording what it is given in a test. */
  public ResilientClient(HttpTransport transport, ResilienceSettings settings) {
    this.transport = new RedirectFollower(transport, settings.steps());
    this.settings = settings;
  }

  @Override
  public Response execute(Request request, Request.Options options) {
    return new Call(request).run();
  }

  /** One call in progress. */
  private final class Call {

    private final Request request;
    private final String method;
    // False for CallListener.none(): no event (nor the path it names) is built for nobody.
    private final boolean listening;
    // Read from the URL only when an event or a failure names it.
    private String path;
    private final long started;
    private final long deadline;
    private int attempt;
    private Duration waited = Duration.ZERO;
    private boolean limitedByDeadline;
    private Optional<Response> lastAnswer = Optional.empty();
    private Optional<AttemptFailure> lastFailure = Optional.empty();

    Call(Request request) {
      this.request = request;
      this.method = request.httpMethod().name();
      this.listening = settings.listener() != CallListener.none();
      this.started = settings.time().nanoTime();
      this.deadline = started + settings.callTimeout().toNanos();
    }

    Response run() {
      try {
        Response response = attempts();
        if (listening) {
          finished(OptionalInt.of(response.status()), failureNameOf(response.status()));
        }
        return response;
      } catch (RuntimeException failure) {
        if (listening) {
          OptionalInt status =
              lastAnswer.map(Response::status).map(OptionalInt::of).orElseGet(OptionalInt::empty);
          finished(status, Optional.of(failure.getClass().getSimpleName()));
        }
        throw failure;
      }
    }

    private Response attempts() {
      while (true) {
        attempt++;
        if (!awaitSlot()) {
          attempt--;
          return giveUp();
        }
        if (listening) {
          tell(listener -> listener.attemptStarted(new AttemptStarted(method, path(), attempt)));
        }
        long sentAt = now();
        Optional<Response> finalAnswer;
        try {
          finalAnswer = onAnswer(transport.send(request, attempt, this::attemptLimit), sentAt);
        } catch (AttemptFailure failure) {
          finalAnswer = onFailure(failure, sentAt);
        }
        if (finalAnswer.isPresent()) {
          return finalAnswer.get();
        }
      }
    }

    // Returns the answer to hand back, or empty once waited for the next attempt.
    private Optional<Response> onAnswer(Response response, long sentAt) {
      int status = response.status();
      Optional<Duration> retryAfter = retryAfterOf(response);
      learnFrom(response, retryAfter, since(sentAt));
      if (status < 400) {
        return Optional.of(response);
      }
      lastAnswer = Optional.of(response);
      lastFailure = Optional.empty();
      Waiting.Reason reason =
          status == 429 ? Waiting.Reason.RATE_LIMITED : Waiting.Reason.SERVER_ERROR;
      return retry(new AttemptOutcome.Answered(status, retryAfter), reason)
          ? Optional.empty()
          : Optional.of(endWith(response));
    }

    // Every answer, errors and 429s included, tells the limiter and the listener where it stands.
    private void learnFrom(Response response, Optional<Duration> retryAfter, Duration latency) {
      int status = response.status();
      Optional<RateLimitSnapshot> state = settings.rateLimits().observe(response.headers());
      settings.limiter().onResponse(new RateLimitFeedback(status, state, retryAfter, latency));
      attemptFinished(OptionalInt.of(status), latency, state, Optional.empty());
    }

    private Optional<Response> onFailure(AttemptFailure failure, long sentAt) {
      attemptFinished(
          OptionalInt.empty(), since(sentAt), Optional.empty(), Optional.of(failure.reason()));
      lastAnswer = Optional.empty();
      lastFailure = Optional.of(failure);
      AttemptOutcome outcome =
          failure.sent()
              ? new AttemptOutcome.NoAnswer(failure.reason(), failure.timedOut())
              : new AttemptOutcome.NotSent(failure.reason());
      if (!retry(outcome, Waiting.Reason.CONNECTION_FAILURE)) {
        throw endWith(failure);
      }
      return Optional.empty();
    }

    // Asks the policy; waits and returns true for a retry that fits before the deadline.
    private boolean retry(AttemptOutcome outcome, Waiting.Reason reason) {
      RetryDecision decision =
          settings.retries().decide(new FailedAttempt(method, attempt, outcome, elapsed()));
      if (!decision.retry() || !fitsBeforeDeadline(decision.delay())) {
        return false;
      }
      pause(decision.delay(), reason, attempt + 1);
      return true;
    }

    private boolean awaitSlot() {
      while (fitsBeforeDeadline(Duration.ZERO)) {
        Duration wait = settings.limiter().tryAcquire();
        if (wait.isZero()) {
          return true;
        }
        if (!fitsBeforeDeadline(wait)) {
          return false;
        }
        pause(wait, Waiting.Reason.PACING, attempt);
      }
      return false;
    }

    private Response giveUp() {
      if (lastAnswer.isPresent()) {
        return endWith(lastAnswer.get());
      }
      if (lastFailure.isPresent()) {
        throw endWith(lastFailure.get());
      }
      throw new CallTimeoutException(
          method,
          path(),
          "waiting for the rate limit would outlast the call's deadline of "
              + Durations.words(settings.callTimeout()),
          null);
    }

    private Response endWith(Response answer) {
      int status = answer.status();
      if (status == 429 && !waited.isZero()) {
        throw settings.errors().rateLimited(answer, waited);
      }
      if (!isIdempotent() && GATEWAY_IN_DOUBT.contains(status)) {
        DiscogsServiceException gatewayError = settings.errors().serviceError(answer);
        throw new OutcomeUnknownException(
            method, path(), "a gateway answered " + status, gatewayError);
      }
      return answer;
    }

    private TransportException endWith(AttemptFailure failure) {
      String reason =
          failure.timedOut() && limitedByDeadline
              ? String.format(
                  "the call's deadline of %s passed (%s)",
                  Durations.words(settings.callTimeout()), failure.reason())
              : failure.reason();
      TransportException end =
          failure.timedOut()
              ? new CallTimeoutException(method, path(), reason, failure.getCause())
              : new TransportException(method, path(), reason, failure.getCause());
      if (failure.sent() && !isIdempotent()) {
        return new OutcomeUnknownException(method, path(), reason, end);
      }
      return end;
    }

    private Duration attemptLimit() {
      long left = deadline - now();
      limitedByDeadline = left < settings.readTimeout().toNanos();
      return limitedByDeadline ? Duration.ofNanos(Math.max(left, 1)) : settings.readTimeout();
    }

    private boolean fitsBeforeDeadline(Duration wait) {
      return now() + wait.toNanos() - deadline < 0;
    }

    private void pause(Duration wait, Waiting.Reason reason, int nextAttempt) {
      if (listening) {
        tell(listener -> listener.waiting(new Waiting(method, path(), nextAttempt, wait, reason)));
      }
      try {
        settings.time().sleep(wait);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new TransportException(method, path(), "interrupted while waiting", interrupted);
      }
      waited = waited.plus(wait);
    }

    private Optional<Duration> retryAfterOf(Response response) {
      return HeaderMaps.first(response.headers(), "Retry-After")
          .flatMap(value -> RetryAfter.parse(value, clock.instant()));
    }

    private boolean isIdempotent() {
      return IDEMPOTENT.contains(method);
    }

    // Feign turns every answer outside 2xx into an exception; name the one it will throw.
    private Optional<String> failureNameOf(int status) {
      if (status < 300) {
        return Optional.empty();
      }
      FailedCall call = new FailedCall(method, path(), status, "", "", Optional.empty());
      return Optional.of(DiscogsServiceException.forCall(call).getClass().getSimpleName());
    }

    private void attemptFinished(
        OptionalInt status,
        Duration latency,
        Optional<RateLimitSnapshot> state,
        Optional<String> failure) {
      if (!listening) {
        return;
      }
      AttemptFinished event =
          new AttemptFinished(method, path(), attempt, status, latency, state, failure);
      tell(listener -> listener.attemptFinished(event));
    }

    private void finished(OptionalInt status, Optional<String> failure) {
      CallFinished event = new CallFinished(method, path(), attempt, elapsed(), status, failure);
      tell(listener -> listener.callFinished(event));
    }

    private void tell(Consumer<CallListener> event) {
      try {
        event.accept(settings.listener());
      } catch (RuntimeException ignored) {
        // A listener's failure must not fail the call it listens to.
      }
    }

    private String path() {
      if (path == null) {
        path = pathOf(request.url());
      }
      return path;
    }

    private long now() {
      return settings.time().nanoTime();
    }

    private Duration since(long nanos) {
      return Duration.ofNanos(Math.max(0, now() - nanos));
    }

    private Duration elapsed() {
      return since(started);
    }
  }

  private static String pathOf(String url) {
    try {
      String path = URI.create(url).getRawPath();
      return path == null || path.isEmpty() ? "/" : path;
    } catch (IllegalArgumentException malformed) {
      int query = url.indexOf('?');
      return query < 0 ? url : url.substring(0, query);
    }
  }
}
