package dev.needledrop.discogs.feign.internal.resilience;

import dev.needledrop.discogs.feign.internal.http.AttemptFailure;
import dev.needledrop.discogs.feign.internal.http.HeaderMaps;
import dev.needledrop.discogs.feign.internal.http.HttpTransport;
import dev.needledrop.discogs.feign.internal.http.Requests;
import feign.Request;
import feign.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Sends one attempt of a call, following its redirects here rather than in the HTTP client, so that
 * credentials go only where they belong. Thread-safe.
 *
 * <p>Every hop is built afresh from the request as the caller made it, before any {@link
 * AttemptStep} ran, and prepared by the steps again: the credentials step then adds credentials
 * only for the API's own origin (re-signing an OAuth request for its new URL), so a redirect to any
 * other scheme, host or port arrives without them. Once a hop went from https to http, no later hop
 * carries credentials at all. Only GET and HEAD are followed, at most {@value #MAX_REDIRECTS}
 * times, for 301, 302, 303, 307 and 308 with a {@code Location} naming an http(s) URL; any other
 * answer, or a redirect past the limit, goes back as it came.
 */
final class RedirectFollower {

  /** The most redirects followed in one attempt. */
  static final int MAX_REDIRECTS = 5;

  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
  private static final Set<String> FOLLOWED_METHODS = Set.of("GET", "HEAD");

  private final HttpTransport transport;
  private final List<AttemptStep> steps;

  RedirectFollower(HttpTransport transport, List<AttemptStep> steps) {
    this.transport = transport;
    this.steps = List.copyOf(steps);
  }

  /**
   * Sends the attempt and its redirects, each hop within the time the limit then gives.
   *
   * @throws AttemptFailure when a hop got no complete answer
   */
  Response send(Request request, int attempt, Supplier<Duration> limit) throws AttemptFailure {
    Request hop = prepare(request, attempt);
    boolean downgraded = false;
    for (int redirects = 0; ; redirects++) {
      Response response = transport.send(hop, limit.get());
      Optional<URI> next =
          redirects < MAX_REDIRECTS ? redirectTarget(request, hop, response) : Optional.empty();
      if (next.isEmpty()) {
        return response;
      }
      response.close();
      downgraded = downgraded || (isHttps(hop.url()) && !isHttps(next.get().toString()));
      hop = prepare(Requests.withUrl(request, next.get().toString()), attempt);
      if (downgraded) {
        hop = Requests.withoutCredentials(hop);
      }
    }
  }

  private Request prepare(Request request, int attempt) {
    Request prepared = request;
    for (AttemptStep step : steps) {
      prepared = step.prepare(prepared, attempt);
    }
    return prepared;
  }

  private static Optional<URI> redirectTarget(Request request, Request hop, Response response) {
    if (!REDIRECTS.contains(response.status())
        || !FOLLOWED_METHODS.contains(request.httpMethod().name())) {
      return Optional.empty();
    }
    return HeaderMaps.first(response.headers(), "Location")
        .flatMap(location -> resolve(hop, location))
        .filter(RedirectFollower::isWebUrl);
  }

  private static Optional<URI> resolve(Request hop, String location) {
    try {
      return Requests.uri(hop).map(from -> from.resolve(location.trim()));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static boolean isWebUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https"))
        && url.getHost() != null
        && url.getRawUserInfo() == null;
  }

  private static boolean isHttps(String url) {
    return url.regionMatches(true, 0, "https:", 0, "https:".length());
  }
}
