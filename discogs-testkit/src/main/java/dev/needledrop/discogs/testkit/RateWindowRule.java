package dev.needledrop.discogs.testkit;

/** How the stub counts requests against a rate-limit window; Discogs documents a moving window. */
public enum RateWindowRule {

  /** A moving window: a request counts for one window length from when it arrived (Discogs). */
  SLIDING_LOG,

  /** Fixed windows one length long, back to back: the count starts again at each boundary. */
  FIXED_WINDOW,

  /**
   * A token bucket holding up to the limit, refilled evenly at the limit per window: bursts up to
   * the limit, then the steady rate.
   */
  TOKEN_BUCKET
}
