package dev.needledrop.discogs.testkit.internal.fault;

/** The ways the stub can misbehave on purpose. */
public enum FaultKind {
  /** 429 with Discogs' message and a spent window. */
  RATE_LIMITED,
  /** A Discogs JSON error with a 5xx status. */
  SERVER_ERROR,
  /** A proxy's HTML error page with a 5xx status. */
  HTML_ERROR,
  /** 200 with an empty body. */
  EMPTY_OK,
  /** The answer's status with only the first half of its JSON body, properly framed. */
  MALFORMED_JSON,
  /** The answer's full length announced, half the body sent, then the connection reset. */
  TRUNCATED_BODY,
  /** The answer's headers and half its body, a pause, then the rest. */
  SLOW_BODY,
  /** The answer, after a pause. */
  DELAYED_ANSWER,
  /** No answer: the connection is reset once the request is read. */
  RESET,
  /** No answer at all: the connection stays open and silent. */
  NO_ANSWER
}
