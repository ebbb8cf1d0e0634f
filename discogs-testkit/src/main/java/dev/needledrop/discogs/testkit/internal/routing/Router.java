package dev.needledrop.discogs.testkit.internal.routing;

import dev.needledrop.discogs.testkit.internal.http.ApiError;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the route of a request: 404 when no route has the path, 405 (with {@code Allow}) when
 * routes have the path but not the method. Immutable once built; thread-safe.
 */
public final class Router {

  private final List<Route> routes = new ArrayList<>();

  /** A route that fits a request, with its decoded path variables. */
  public record Match(Route route, Map<String, String> variables) {}

  /** Adds a route. */
  public Router add(String method, String pattern, Access access, RouteHandler handler) {
    routes.add(new Route(method, pattern, access, handler));
    return this;
  }

  /** Returns the route for the method and raw path, or throws the 404 or 405 answer. */
  public Match route(String method, String rawPath) {
    List<String> segments = segments(rawPath);
    Set<String> allowed = new LinkedHashSet<>();
    for (Route route : routes) {
      Optional<Map<String, String>> variables = route.match(segments);
      if (variables.isPresent() && route.method().equals(method)) {
        return new Match(route, variables.get());
      }
      variables.ifPresent(found -> allowed.add(route.method()));
    }
    if (allowed.isEmpty()) {
      throw ApiError.notFound(ApiError.NOT_FOUND);
    }
    throw ApiError.withHeaders(
        405,
        "The method is not allowed for the requested URL.",
        Map.of("Allow", String.join(", ", allowed)));
  }

  private static List<String> segments(String rawPath) {
    String path = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
    return Arrays.stream(path.split("/", -1)).map(Router::decode).toList();
  }

  private static String decode(String segment) {
    try {
      // In a path '+' is a plus, not a space.
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return segment;
    }
  }
}
