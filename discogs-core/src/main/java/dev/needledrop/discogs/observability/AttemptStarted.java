package dev.needledrop.discogs.observability;

import java.util.Objects;

/**
 * An attempt of a call is about to be sent.
 *
 * @param method the HTTP method
 * @param path the path, without its query
 * @param attempt the attempt's number, from 1
 */
public record AttemptStarted(String method, String path, int attempt) {

  /** Creates the event. */
  public AttemptStarted {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
  }
}
