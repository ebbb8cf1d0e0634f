package dev.needledrop.discogs.feign;

import dev.needledrop.discogs.observability.AttemptFinished;
import dev.needledrop.discogs.observability.AttemptStarted;
import dev.needledrop.discogs.observability.CallFinished;
import dev.needledrop.discogs.observability.CallListener;
import dev.needledrop.discogs.observability.Waiting;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs every call through SLF4J under {@value #LOGGER_NAME}: attempts and waits for the rate limit
 * at DEBUG, retries at INFO, calls that fail after retrying at INFO. Thread-safe.
 *
 * <p>It logs the method, the path without its query, the status, latencies, waits with their reason
 * and the rate-limit state; never a header, a query, a body or a credential. Set it with {@code
 * DiscogsConfig.Builder.callListener(new Slf4jCallListener())}.
 */
public final class Slf4jCallListener implements CallListener {

  /** The logger's name. */
  public static final String LOGGER_NAME = "dev.needledrop.discogs.calls";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  @Override
  public void attemptStarted(AttemptStarted event) {
    LOG.trace("{} {} attempt {} sending", event.method(), event.path(), event.attempt());
  }

  @Override
  public void attemptFinished(AttemptFinished event) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    String outcome =
        event.status().isPresent()
            ? "-> " + event.status().getAsInt()
            : "failed: " + event.failure().orElse("no answer");
    LOG.debug(
        "{} {} attempt {} {} ({} ms{})",
        event.method(),
        event.path(),
        event.attempt(),
        outcome,
        event.latency().toMillis(),
        rateLimit(event.rateLimit()));
  }

  @Override
  public void waiting(Waiting event) {
    if (event.reason() == Waiting.Reason.PACING) {
      LOG.debug(
          "{} {} waits {} for the rate limit",
          event.method(),
          event.path(),
          text(event.duration()));
      return;
    }
    LOG.info(
        "{} {} will retry (attempt {}) in {}: {}",
        event.method(),
        event.path(),
        event.attempt(),
        text(event.duration()),
        describe(event.reason()));
  }

  @Override
  public void callFinished(CallFinished event) {
    if (event.succeeded() || event.attempts() <= 1) {
      LOG.debug(
          "{} {} done after {} attempt(s) in {} ms{}",
          event.method(),
          event.path(),
          event.attempts(),
          event.elapsed().toMillis(),
          event.failure().map(failure -> ": " + failure).orElse(""));
      return;
    }
    LOG.info(
        "{} {} failed after {} attempts in {} ms: {}",
        event.method(),
        event.path(),
        event.attempts(),
        event.elapsed().toMillis(),
        event.failure().orElse("error"));
  }

  @Override
  public String toString() {
    return "Slf4jCallListener[" + LOGGER_NAME + "]";
  }

  private static String rateLimit(Optional<RateLimitSnapshot> state) {
    return state.map(limit -> ", " + limit.used() + "/" + limit.limit() + " used").orElse("");
  }

  private static String describe(Waiting.Reason reason) {
    return switch (reason) {
      case RATE_LIMITED -> "rate limited";
      case SERVER_ERROR -> "server error";
      case CONNECTION_FAILURE -> "connection failed";
      case PACING -> "pacing";
    };
  }

  private static String text(Duration wait) {
    return wait.toMillis() + " ms";
  }
}
