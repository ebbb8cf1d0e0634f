package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.feign.internal.http.PathSegment;
import dev.needledrop.discogs.feign.internal.http.QueryParameters;
import dev.needledrop.discogs.feign.internal.resource.RawResource;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * GETs any Discogs path through the same stack as the typed calls and returns the body as text.
 * Thread-safe.
 */
public final class FeignRawClient implements AutoCloseable {

  private final FeignStack stack;
  private final RawResource resource;
  private final String baseUrl;

  private FeignRawClient(FeignStack stack, RawResource resource, String baseUrl) {
    this.stack = stack;
    this.resource = resource;
    this.baseUrl = baseUrl;
  }

  /**
   * Builds a raw client for the configuration.
   *
   * @throws IllegalStateException for OAuth credentials when the discogs-oauth module, which signs
   *     them, is not on the class path
   */
  public static FeignRawClient create(DiscogsConfig config) {
    return create(config, StackOptions.standard());
  }

  /**
   * Builds a raw client for the configuration with the given options.
   *
   * @throws IllegalStateException for OAuth credentials when the options find no request signer
   */
  public static FeignRawClient create(DiscogsConfig config, StackOptions options) {
    FeignStack stack = FeignStack.create(config, options);
    RawResource resource = stack.target(RawResource.class, stack.textDecoder());
    return new FeignRawClient(stack, resource, config.baseUrl().toString());
  }

  /**
   * Sends {@code GET path?query} and returns the body of a successful answer as text.
   *
   * @throws IllegalArgumentException for a path that does not start with a slash or holds an empty,
   *     {@code .} or {@code ..} segment, or for a query value that is not valid text
   */
  public String get(String path, Map<String, String> query) {
    String encodedPath = encodePath(path);
    Map<String, String> encodedQuery = encodeQuery(query);
    URI url = URI.create(baseUrl + encodedPath);
    return Exchange.get(encodedPath)
        .fetch(() -> resource.get(url, encodedQuery), Function.identity());
  }

  /** Returns the rate-limit state of the most recent response, when it reported one. */
  public Optional<RateLimitSnapshot> lastRateLimit() {
    return stack.rateLimits().latest();
  }

  @Override
  public void close() {
    stack.close();
  }

  // Each segment is encoded on its own, so "/" only ever separates segments and no segment can
  // climb a level or start a query.
  private static String encodePath(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with '/'");
    }
    if (path.equals("/")) {
      return path;
    }
    return Arrays.stream(path.substring(1).split("/", -1))
        .map(segment -> PathSegment.encode(segment, "path segment"))
        .collect(Collectors.joining("/", "/", ""));
  }

  private static Map<String, String> encodeQuery(Map<String, String> query) {
    Objects.requireNonNull(query, "query");
    QueryParameters parameters = QueryParameters.create();
    query.forEach(
        (name, value) ->
            parameters.add(
                QueryParameters.encodeValue(name, "query parameter name"),
                Objects.requireNonNull(value, "query parameter value")));
    return parameters.toMap();
  }
}
