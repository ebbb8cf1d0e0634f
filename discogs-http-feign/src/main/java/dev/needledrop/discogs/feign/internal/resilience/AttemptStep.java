package dev.needledrop.discogs.feign.internal.resilience;

import feign.Request;

/**
 * Prepares each attempt of a call just before it is sent, such as signing it with OAuth, which
 * needs a fresh nonce and timestamp every time. Thread-safe.
 */
@FunctionalInterface
public interface AttemptStep {

  /** Returns the request to send as the given attempt, numbered from 1. */
  Request prepare(Request request, int attempt);
}
