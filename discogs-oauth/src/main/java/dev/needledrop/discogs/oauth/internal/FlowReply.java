package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.error.FailedCall;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A response to one of the flow's calls, with what is needed to describe it in an exception.
 *
 * @param method the request's method
 * @param url the request's URL
 * @param status the response status
 * @param body the response body as text
 * @param headers the response headers
 * @param receivedAt when the response arrived
 */
public record FlowReply(
    String method, URI url, int status, String body, HttpHeaders headers, Instant receivedAt) {

  /** Creates the reply, refusing nulls. */
  public FlowReply {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /** Tells whether the status is 2xx. */
  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }

  /** Returns the request's path, without a query. */
  public String path() {
    return url.getRawPath();
  }

  /** Returns the response's content type, empty when none was sent. */
  public String contentType() {
    return headers.firstValue("Content-Type").orElse("");
  }

  /**
   * Describes the failed call for an exception: the {@code message} of a JSON error body, or else
   * the start of the body, with the scrubber's credentials hidden in both.
   */
  public FailedCall failedCall(Scrubber scrubber) {
    String message = jsonMessage().map(scrubber::scrub).orElse("");
    String preview = message.isEmpty() ? scrubber.scrub(body) : "";
    return new FailedCall(method, path(), status, message, preview, rateLimit());
  }

  private Optional<String> jsonMessage() {
    try {
      Map<String, Object> object = MiniJson.parseObject(body);
      return object.get("message") instanceof String message && !message.isBlank()
          ? Optional.of(message)
          : Optional.empty();
    } catch (IllegalArgumentException notJson) {
      return Optional.empty();
    }
  }

  private Optional<RateLimitSnapshot> rateLimit() {
    return RateLimitSnapshot.fromHeaders(
        headers.firstValue("X-Discogs-Ratelimit").orElse(null),
        headers.firstValue("X-Discogs-Ratelimit-Used").orElse(null),
        headers.firstValue("X-Discogs-Ratelimit-Remaining").orElse(null),
        receivedAt);
  }
}
