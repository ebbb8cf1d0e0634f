package dev.needledrop.discogs.feign.internal.http;

import feign.Request;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Copies of Feign requests with one thing changed; Feign's requests are immutable. */
public final class Requests {

  private static final String AUTHORIZATION = "Authorization";

  // Discogs Auth's query parameters; OAuth travels only in the header.
  private static final Set<String> SECRET_PARAMETERS = Set.of("token", "key", "secret");

  private Requests() {}

  /** Returns the request's URL as a URI, or empty when it is malformed (sending it will fail). */
  public static Optional<URI> uri(Request request) {
    try {
      return Optional.of(URI.create(request.url()));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** Returns the request sent to another URL, with the same method, headers and body. */
  public static Request withUrl(Request request, String url) {
    return copy(request, url, request.headers());
  }

  /** Returns the request with the header set to the single value, replacing any other. */
  public static Request withHeader(Request request, String name, String value) {
    Map<String, Collection<String>> headers = headersWithout(request, name);
    headers.put(name, List.of(value));
    return copy(request, request.url(), headers);
  }

  /** Returns the request without the header, whatever the case of its name. */
  public static Request withoutHeader(Request request, String name) {
    return copy(request, request.url(), headersWithout(request, name));
  }

  /** Returns the request with the parameter appended to its query, the value already encoded. */
  public static Request withQueryParameter(Request request, String name, String encodedValue) {
    String url = request.url();
    int fragment = url.indexOf('#');
    String base = fragment < 0 ? url : url.substring(0, fragment);
    String separator = base.contains("?") ? "&" : "?";
    return withUrl(request, base + separator + name + "=" + encodedValue);
  }

  /**
   * Returns the request without any credential: no {@code Authorization} header, no {@code token},
   * {@code key} or {@code secret} query parameter.
   */
  public static Request withoutCredentials(Request request) {
    String url = request.url();
    int start = url.indexOf('?');
    String kept = url;
    if (start >= 0) {
      String query =
          Arrays.stream(url.substring(start + 1).split("&", -1))
              .filter(pair -> !SECRET_PARAMETERS.contains(nameOf(pair).toLowerCase(Locale.ROOT)))
              .collect(Collectors.joining("&"));
      kept = url.substring(0, start) + (query.isEmpty() ? "" : "?" + query);
    }
    return copy(request, kept, headersWithout(request, AUTHORIZATION));
  }

  private static String nameOf(String pair) {
    int equals = pair.indexOf('=');
    return equals < 0 ? pair : pair.substring(0, equals);
  }

  private static Map<String, Collection<String>> headersWithout(Request request, String name) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    request
        .headers()
        .forEach(
            (header, values) -> {
              if (!header.equalsIgnoreCase(name)) {
                headers.put(header, values);
              }
            });
    return headers;
  }

  private static Request copy(
      Request request, String url, Map<String, Collection<String>> headers) {
    return Request.create(
        request.httpMethod(),
        url,
        headers,
        request.body(),
        request.charset(),
        request.requestTemplate());
  }
}
