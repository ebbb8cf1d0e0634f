package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.error.DiscogsClientException;
import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import feign.FeignException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One call through Feign, described by its method and path, that lets only this SDK's exceptions
 * out.
 *
 * <p>Feign wraps what its decoders throw in its own exceptions; the SDK's exception inside is taken
 * out and thrown as it is. Any other Feign failure becomes a {@link DiscogsClientException} that
 * does not chain the Feign exception, whose message may hold the full URL with credentials.
 */
record Exchange(String method, String path) {

  static Exchange get(String path) {
    return new Exchange("GET", path);
  }

  static Exchange put(String path) {
    return new Exchange("PUT", path);
  }

  static Exchange post(String path) {
    return new Exchange("POST", path);
  }

  static Exchange delete(String path) {
    return new Exchange("DELETE", path);
  }

  /** Sends the call, then maps what it returned. */
  <D, R> R fetch(Supplier<D> call, Function<D, R> mapping) {
    return map(send(call), mapping);
  }

  /** Sends a call that returns nothing. */
  void run(Runnable call) {
    send(
        () -> {
          call.run();
          return null;
        });
  }

  private <D> D send(Supplier<D> call) {
    try {
      return call.get();
    } catch (FeignException failure) {
      throw unwrap(failure);
    }
  }

  // The wire object was read, so a failure here is a value the domain refuses, such as a rating
  // out of range: the response is unreadable rather than the SDK broken. The status reported is
  // 200, which every such call but a create (201) answers with.
  private <D, R> R map(D wire, Function<D, R> mapping) {
    try {
      return mapping.apply(wire);
    } catch (IllegalArgumentException | NullPointerException refused) {
      throw new UnreadableResponseException(
          method, path, 200, "application/json", "", refused.getMessage(), refused);
    }
  }

  private DiscogsException unwrap(FeignException failure) {
    for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof DiscogsException sdkException) {
        return sdkException;
      }
    }
    Throwable cause = failure.getCause() instanceof FeignException ? null : failure.getCause();
    String kind = failure.getClass().getSimpleName();
    return new DiscogsClientException(
        String.format("%s %s failed in the HTTP layer (%s)", method, path, kind), cause);
  }
}
