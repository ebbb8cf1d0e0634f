package dev.needledrop.discogs.feign.internal.resilience;

import dev.needledrop.discogs.feign.internal.codec.DiscogsErrorDecoder;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.time.TimeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ResilientClient} paces, retries, times and reports calls with.
 *
 * @param limiter the rate limiter consulted before each attempt
 * @param retries the policy consulted after each failed attempt
 * @param listener told of attempts, waits and calls
 * @param rateLimits keeps the rate-limit state of the latest answer
 * @param errors turns error answers into exceptions
 * @param time the clock waits and deadlines are measured with
 * @param readTimeout the limit of one attempt's whole answer
 * @param callTimeout the limit of a whole call, every attempt and wait included
 * @param steps applied to each attempt before it is sent, in order
 */
public record ResilienceSettings(
    RateLimiter limiter,
    RetryPolicy retries,
    CallListener listener,
    RateLimitTracker rateLimits,
    DiscogsErrorDecoder errors,
    TimeSource time,
    Duration readTimeout,
    Duration callTimeout,
    List<AttemptStep> steps) {

  /** Creates the settings, copying the steps. */
  public ResilienceSettings {
    Objects.requireNonNull(limiter, "limiter");
    Objects.requireNonNull(retries, "retries");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(rateLimits, "rateLimits");
    Objects.requireNonNull(errors, "errors");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(readTimeout, "readTimeout");
    Objects.requireNonNull(callTimeout, "callTimeout");
    steps = List.copyOf(steps);
  }

  /** Returns these settings with one more step applied to each attempt. */
  public ResilienceSettings withStep(AttemptStep step) {
    List<AttemptStep> more = new ArrayList<>(steps);
    more.add(Objects.requireNonNull(step, "step"));
    return new ResilienceSettings(
        limiter, retries, listener, rateLimits, errors, time, readTimeout, callTimeout, more);
  }
}
