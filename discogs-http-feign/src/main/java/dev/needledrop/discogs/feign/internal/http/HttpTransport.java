package dev.needledrop.discogs.feign.internal.http;

import feign.Request;
import feign.Response;
import java.time.Duration;

/**
 * Sends one request and reads its whole answer within a time limit; {@link JdkHttpClient#send} in
 * production, a recording stand-in in tests that must see what would go over the wire.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface HttpTransport {

  /**
   * Sends the request and returns its answer, whatever its status.
   *
   * @throws AttemptFailure when no complete answer came
   */
  Response send(Request request, Duration limit) throws AttemptFailure;
}
