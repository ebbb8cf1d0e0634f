package dev.needledrop.discogs.feign;

import dev.needledrop.discogs.feign.internal.FeignRawClient;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.util.Map;
import java.util.Optional;

/**
 * The raw escape hatch: GETs any Discogs path and returns the JSON body as Discogs sent it, for
 * tools that print or store responses rather than read them as records.
 *
 * <p>Requests travel the same way as the typed calls of {@link FeignDiscogs#create}: the same
 * User-Agent, Accept header, credentials, gzip, rate-limit tracking, and the same exceptions for
 * error statuses ({@link dev.needledrop.discogs.error.NotFoundException} for a 404 and so on).
 * Thread-safe; close it to release its connections. Get one from {@link FeignDiscogs#raw}.
 */
public final class RawDiscogs implements AutoCloseable {

  private final FeignRawClient client;

  RawDiscogs(FeignRawClient client) {
    this.client = client;
  }

  /**
   * Sends {@code GET path} with the query parameters and returns the body of the successful answer
   * as text.
   *
   * @param path the path below the base URL, such as {@code /releases/249504}; each segment between
   *     slashes is percent-encoded on its own, so a segment cannot add a level or start a query
   * @param query parameter names and values, unencoded, sent in the map's iteration order
   * @throws IllegalArgumentException for a path that does not start with a slash or holds an empty,
   *     {@code .} or {@code ..} segment
   * @throws dev.needledrop.discogs.error.DiscogsException when the call fails, as the typed calls
   *     do
   */
  public String get(String path, Map<String, String> query) {
    return client.get(path, query);
  }

  /** Sends {@code GET path} without query parameters; see {@link #get(String, Map)}. */
  public String get(String path) {
    return client.get(path, Map.of());
  }

  /**
   * Returns the rate-limit state of the most recent response, or empty before the first response or
   * when the server sent no rate-limit headers.
   */
  public Optional<RateLimitSnapshot> lastRateLimit() {
    return client.lastRateLimit();
  }

  /** Releases the connections and threads; the client cannot be used afterwards. */
  @Override
  public void close() {
    client.close();
  }

  @Override
  public String toString() {
    return "RawDiscogs";
  }
}
