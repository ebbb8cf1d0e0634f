package dev.needledrop.discogs.testkit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the stub received, as it arrived.
 *
 * @param method the HTTP method, upper case
 * @param path the raw path, still percent-encoded, such as {@code /users/dj%20a%2Bb/wants}
 * @param rawQuery the raw query without {@code ?}, still percent-encoded; empty when none
 * @param headers the headers, looked up without regard to case
 * @param body the body bytes; empty when none
 */
public record RecordedRequest(
    String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

  private static final List<String> SECRET_HEADERS = List.of("authorization");

  /** Creates a recorded request, copying headers and body. */
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    rawQuery = rawQuery == null ? "" : rawQuery;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    body = body.clone();
  }

  /** Returns the first value of a header, looked up without regard to case. */
  public Optional<String> header(String name) {
    return headers.getOrDefault(name, List.of()).stream().findFirst();
  }

  /** Returns the first value of a query parameter, decoded. */
  public Optional<String> queryParameter(String name) {
    return queryParameters(name).stream().findFirst();
  }

  /** Returns every value of a query parameter, decoded, in order. */
  public List<String> queryParameters(String name) {
    List<String> values = new ArrayList<>();
    for (String pair : rawQuery.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (!pair.isEmpty() && decode(key).equals(name)) {
        values.add(equals < 0 ? "" : decode(pair.substring(equals + 1)));
      }
    }
    return values;
  }

  /** Returns the body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Returns the path and raw query as they appeared in the request line. */
  public String target() {
    return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedRequest that
        && method.equals(that.method)
        && path.equals(that.path)
        && rawQuery.equals(that.rawQuery)
        && headers.equals(that.headers)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, rawQuery, headers, Arrays.hashCode(body));
  }

  /** Describes the request without its credentials: the query and secret headers are left out. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    headers
        .keySet()
        .forEach(
            name ->
                names.add(
                    SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                        ? name + "=****"
                        : name));
    return "RecordedRequest["
        + method
        + " "
        + path
        + (rawQuery.isEmpty() ? "" : "?****")
        + ", headers "
        + names
        + ", "
        + body.length
        + " body bytes]";
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return text;
    }
  }
}
