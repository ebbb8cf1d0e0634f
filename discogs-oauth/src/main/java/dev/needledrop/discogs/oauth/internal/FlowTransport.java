package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.internal.FailureWords;
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
import java.util.Map;
import java.util.Objects;

/**
 * Sends the flow's calls with the JDK's HTTP client: the User-Agent on every call, no body, and no
 * redirects followed (a redirect would carry the signed header to another URL). Thread-safe.
 */
public final class FlowTransport {

  private final HttpClient http;
  private final String userAgent;
  private final Duration readTimeout;
  private final Clock clock;

  /** Creates a transport sending through the client, waiting at most the timeout per response. */
  public FlowTransport(HttpClient http, String userAgent, Duration readTimeout, Clock clock) {
    this.http = Objects.requireNonNull(http, "http");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
    this.clock = Objects.requireNonNull(clock, "clock");
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
    HttpResponse<String> response = exchange(method, url, request.build());
    return new FlowReply(
        method, url, response.statusCode(), response.body(), response.headers(), clock.instant());
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
