package dev.needledrop.discogs.feign.internal.codec;

import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.error.FailedCall;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.feign.internal.dto.ErrorDto;
import dev.needledrop.discogs.feign.internal.http.HeaderMaps;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.feign.internal.http.RetryAfter;
import dev.needledrop.discogs.internal.SecretScrubber;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns every non-2xx response into the {@link DiscogsServiceException} for its status.
 *
 * <p>The exception carries the JSON {@code message} when the body is a Discogs error object, and
 * otherwise the start of the body (such as a proxy's HTML page), plus the rate-limit state the
 * response reported. A 429 also carries the {@code Retry-After} wait when the server sent one.
 */
public final class DiscogsErrorDecoder implements ErrorDecoder {

  // Error pages are short; reading more would only cost memory for a 200-character preview.
  private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final Json json;
  private final RateLimitTracker rateLimits;
  private final Clock clock;
  private final SecretScrubber scrubber;

  /** Creates a decoder that knows no credentials, hiding only echoed credential parameters. */
  public DiscogsErrorDecoder(Json json, RateLimitTracker rateLimits, Clock clock) {
    this(json, rateLimits, clock, SecretScrubber.none());
  }

  /**
   * Creates the decoder; the scrubber hides the configured credentials in the server's message and
   * the body preview, which a server may fill with what it was sent.
   */
  public DiscogsErrorDecoder(
      Json json, RateLimitTracker rateLimits, Clock clock, SecretScrubber scrubber) {
    this.json = Objects.requireNonNull(json, "json");
    this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.scrubber = Objects.requireNonNull(scrubber, "scrubber");
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    return serviceError(response);
  }

  /** Returns the exception for a 429 the client gave up on after waiting the given time. */
  public RateLimitedException rateLimited(Response response, Duration waited) {
    return new RateLimitedException(failedCall(response), retryAfter(response), waited);
  }

  /** Returns the exception for an error answer, as Feign would get it from {@link #decode}. */
  public DiscogsServiceException serviceError(Response response) {
    FailedCall call = failedCall(response);
    return call.status() == 429
        ? new RateLimitedException(call, retryAfter(response))
        : DiscogsServiceException.forCall(call);
  }

  private FailedCall failedCall(Response response) {
    ResponseBody body = readQuietly(response);
    String message = scrubber.scrub(serverMessage(body));
    String preview = message.isEmpty() ? body.quotable() : "";
    Optional<RateLimitSnapshot> rateLimit = rateLimits.read(response.headers());
    return new FailedCall(
        response.request().httpMethod().name(),
        ResponseBody.pathOf(response.request().url()),
        response.status(),
        message,
        preview,
        rateLimit);
  }

  // The status matters more than the body: a body that cannot be read is reported as empty.
  private ResponseBody readQuietly(Response response) {
    try {
      return ResponseBody.read(response, MAX_ERROR_BODY_BYTES, scrubber);
    } catch (DiscogsException unreadable) {
      return ResponseBody.empty(response, scrubber);
    }
  }

  private String serverMessage(ResponseBody body) {
    if (body.isEmpty() || !body.startsLikeJson()) {
      return "";
    }
    try {
      ErrorDto error = json.readerFor(ErrorDto.class).readValue(body.bytes());
      return error == null || error.message() == null ? "" : error.message().trim();
    } catch (IOException notAnErrorObject) {
      return "";
    }
  }

  private Optional<Duration> retryAfter(Response response) {
    return HeaderMaps.first(response.headers(), "Retry-After")
        .flatMap(value -> RetryAfter.parse(value, clock.instant()));
  }
}
