package dev.needledrop.discogs.testkit.internal.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client's place in its rate-limit window, as the three Discogs headers report it.
 *
 * @param limit requests allowed in the window
 * @param used requests counted in the window
 */
public record RateState(int limit, int used) {

  /** Returns the requests left in the window. */
  public int remaining() {
    return Math.max(limit - used, 0);
  }

  /** Returns the {@code X-Discogs-Ratelimit}, {@code -Used} and {@code -Remaining} headers. */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Discogs-Ratelimit", Integer.toString(limit));
    headers.put("X-Discogs-Ratelimit-Used", Integer.toString(used));
    headers.put("X-Discogs-Ratelimit-Remaining", Integer.toString(remaining()));
    return headers;
  }
}
