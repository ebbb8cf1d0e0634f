package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.internal.FailureWords;
import dev.needledrop.discogs.observability.AttemptFinished;
import dev.needledrop.discogs.observability.AttemptStarted;
import dev.needledrop.discogs.observability.CallFinished;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Sends the flow's calls with the JDK's HTTP client: the User-Agent on every call, no body, and no
 * redirects followed (a redirect would carry the signed header to another URL). Each call is one
 * attempt, told to the configured {@link CallListener} as the adapter tells its calls (method, path
 * without its query, status, latency, rate-limit state), so that a log of calls shows the flow's
 * too. Thread-safe.
 */
public final class FlowTransport {

  private final HttpClient http;
  private final String userAgent;
  private final Duration readTimeout;
  private final Clock clock;
  private final CallListener listener;

  /**
   * Creates a transport sending through the client, waiting at most the timeout per response, and
   * telling the listener of each call.
   */
  public FlowTransport(
      HttpClient http, String userAgent, Duration readTimeout, Clock clock, CallListener listener) {
    this.http = Objects.requireNonNull(http, "http");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Sends a call without a body and returns its response, whatever its status.
   *
   * @throws TransportException when the call could not be sent or its answer not received
   */
  public FlowReply send(
      String method, URI url, String authorization, Map<String, String> extraHeaders) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(readTimeout)
            .method(method, BodyPublishers.noBody())
            .header("User-Agent", userAgent)
            .header("Authorization", authorization);
    extraHeaders.forEach(request::header);
    String path = url.getRawPath();
    tell(observer -> observer.attemptStarted(new AttemptStarted(method, path, 1)));
    long started = System.nanoTime();
    HttpResponse<String> response;
    try {
      response = exchange(method, url, request.build());
    } catch (TransportException failure) {
      finished(method, path, started, OptionalInt.empty(), Optional.empty(), failure);
      throw failure;
    }
    Instant receivedAt = clock.instant();
    finished(
        method,
        path,
        started,
        OptionalInt.of(response.statusCode()),
        rateLimit(response, receivedAt),
        null);
    return new FlowReply(
        method, url, response.statusCode(), response.body(), response.headers(), receivedAt);
  }

  private void finished(
      String method,
      String path,
      long started,
      OptionalInt status,
      Optional<RateLimitSnapshot> rateLimit,
      TransportException failure) {
    Duration latency = Duration.ofNanos(System.nanoTime() - started);
    Optional<String> reason = Optional.ofNullable(failure).map(TransportException::getMessage);
    tell(
        observer ->
            observer.attemptFinished(
                new AttemptFinished(method, path, 1, status, latency, rateLimit, reason)));
    Optional<String> thrown = Optional.ofNullable(failure).map(f -> f.getClass().getSimpleName());
    tell(
        observer ->
            observer.callFinished(new CallFinished(method, path, 1, latency, status, thrown)));
  }

  private static Optional<RateLimitSnapshot> rateLimit(HttpResponse<?> response, Instant at) {
    return RateLimitSnapshot.fromHeaders(
        response.headers().firstValue("X-Discogs-Ratelimit").orElse(null),
        response.headers().firstValue("X-Discogs-Ratelimit-Used").orElse(null),
        response.headers().firstValue("X-Discogs-Ratelimit-Remaining").orElse(null),
        at);
  }

  // A listener's failure must not fail the flow it listens to.
  private void tell(Consumer<CallListener> event) {
    try {
      event.accept(listener);
    } catch (RuntimeException ignored) {
      // Nothing to do: the event is lost, the call goes on.
    }
  }

  private HttpResponse<String> exchange(String method, URI url, HttpRequest request) {
    try {
      return http.send(request, BodyHandlers.ofString());
    } catch (IOException failure) {
      throw new TransportException(method, url.getRawPath(), describe(url, failure), failure);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new TransportException(method, url.getRawPath(), "interrupted", interrupted);
    }
  }

  // Says where and why in words, as the adapter's transport does; never the query.
  static String describe(URI url, IOException failure) {
    if (failure instanceof HttpConnectTimeoutException) {
      return "could not connect to " + FailureWords.hostAndPort(url) + ": timed out";
    }
    if (failure instanceof HttpTimeoutException) {
      return "timed out waiting for a response from " + FailureWords.hostAndPort(url);
    }
    return FailureWords.neverConnected(failure)
        ? FailureWords.notConnected(url, failure)
        : FailureWords.lost(url, failure);
  }
}
