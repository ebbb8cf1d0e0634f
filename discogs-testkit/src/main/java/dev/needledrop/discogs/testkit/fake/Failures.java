package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.error.FailedCall;
import java.util.Optional;

/**
 * Builds the exceptions a fake throws, through the same factory the HTTP adapter uses, so that they
 * have the types and messages a call over HTTP would give.
 */
final class Failures {

  private Failures() {}

  static DiscogsServiceException of(String method, String path, int status, String message) {
    return DiscogsServiceException.forCall(
        new FailedCall(method, path, status, message, "", Optional.empty()));
  }

  static DiscogsServiceException notFound(String path, String message) {
    return of("GET", path, 404, message);
  }
}
