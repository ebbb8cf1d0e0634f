package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.HeaderValues;
import dev.needledrop.discogs.api.ImagesApi;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.feign.internal.http.CredentialsInterceptor;
import dev.needledrop.discogs.feign.internal.http.HeaderMaps;
import dev.needledrop.discogs.model.Download;
import feign.Client;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fetches image URLs through the client's own HTTP transport, so that each fetch is logged,
 * observed for rate limits and bounded by the timeouts like any call. Thread-safe.
 *
 * <p>Discogs' signed image URLs need no credentials, so they are sent only to the configured API
 * origin (where a local stub serves its images) and never to any other host, redirects included.
 * Redirects are followed up to {@value #MAX_REDIRECTS} times.
 */
final class FeignImagesApi implements ImagesApi {

  private static final int MAX_REDIRECTS = 5;
  private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

  private final Client http;
  private final Request.Options options;
  private final URI baseUrl;
  private final String userAgent;
  private final CredentialsInterceptor credentials;
  private final RawResponses raw;

  FeignImagesApi(
      Client http,
      Request.Options options,
      URI baseUrl,
      String userAgent,
      CredentialsInterceptor credentials,
      RawResponses raw) {
    this.http = Objects.requireNonNull(http, "http");
    this.options = Objects.requireNonNull(options, "options");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.userAgent = HeaderValues.requireSafe(userAgent, "User-Agent");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.raw = Objects.requireNonNull(raw, "raw");
  }

  @Override
  public Download openImage(String url) {
    URI target = requireImageUrl(url);
    for (int redirects = 0; ; redirects++) {
      Exchange exchange = Exchange.get(pathOf(target));
      Response response = execute(exchange, target);
      Optional<URI> next = redirectTarget(target, response);
      if (next.isEmpty() || redirects == MAX_REDIRECTS) {
        return download(exchange, raw.requireSuccess(exchange, response));
      }
      response.close();
      target = next.get();
    }
  }

  private Response execute(Exchange exchange, URI target) {
    boolean trusted = sameOrigin(target, baseUrl);
    Request request =
        Request.create(
            Request.HttpMethod.GET,
            trusted ? withQueryCredentials(target) : target.toString(),
            headers(trusted),
            null,
            StandardCharsets.UTF_8,
            null);
    try {
      return http.execute(request, options);
    } catch (IOException failed) {
      throw new TransportException(exchange.method(), exchange.path(), failed.toString(), failed);
    }
  }

  private static Download download(Exchange exchange, Response response) {
    return Download.builder(
            exchange.method(), exchange.path(), RawResponses.body(exchange, response))
        .contentType(RawResponses.contentType(response))
        .contentLength(RawResponses.contentLength(response))
        .build();
  }

  private Map<String, Collection<String>> headers(boolean trusted) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    headers.put("User-Agent", List.of(userAgent));
    headers.put("Accept", List.of("image/*, */*"));
    if (trusted) {
      HeaderMaps.first(credentialTemplate().headers(), "Authorization")
          .ifPresent(value -> headers.put("Authorization", List.of(value)));
    }
    return headers;
  }

  // Credentials placed in the query travel as the interceptor encodes them, after the URL's own.
  private String withQueryCredentials(URI target) {
    String credentialsQuery =
        credentialTemplate().queries().entrySet().stream()
            .flatMap(query -> query.getValue().stream().map(v -> query.getKey() + "=" + v))
            .collect(Collectors.joining("&"));
    if (credentialsQuery.isEmpty()) {
      return target.toString();
    }
    String separator = target.getRawQuery() == null ? "?" : "&";
    return target + separator + credentialsQuery;
  }

  private RequestTemplate credentialTemplate() {
    RequestTemplate template = new RequestTemplate();
    credentials.apply(template);
    return template;
  }

  private static Optional<URI> redirectTarget(URI from, Response response) {
    if (!REDIRECTS.contains(response.status())) {
      return Optional.empty();
    }
    return HeaderMaps.first(response.headers(), "Location")
        .flatMap(location -> resolve(from, location))
        .filter(FeignImagesApi::isWebUrl);
  }

  private static Optional<URI> resolve(URI from, String location) {
    try {
      return Optional.of(from.resolve(location.trim()));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private static URI requireImageUrl(String url) {
    Objects.requireNonNull(url, "url");
    URI parsed;
    try {
      parsed = new URI(url.trim());
    } catch (java.net.URISyntaxException malformed) {
      throw new IllegalArgumentException("image url is not a valid URL", malformed);
    }
    if (!isWebUrl(parsed)) {
      throw new IllegalArgumentException(
          "image url must be an absolute http or https URL without user info");
    }
    return parsed;
  }

  private static boolean isWebUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https"))
        && url.getHost() != null
        && url.getRawUserInfo() == null;
  }

  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI url) {
    if (url.getPort() >= 0) {
      return url.getPort();
    }
    return url.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  private static String pathOf(URI url) {
    String path = url.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }
}
