package dev.needledrop.discogs.feign.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request as the {@link CaseServer} received it: the raw request target exactly as sent, the
 * headers and the body.
 *
 * @param rawPath the path as it appeared on the request line, still percent-encoded
 * @param rawQuery the query as it appeared on the request line, or empty
 */
public record RecordedRequest(
    String method,
    String rawPath,
    String rawQuery,
    Map<String, List<String>> headers,
    byte[] body) {

  /**
   * Returns the request line's method and target, such as {@code GET /releases/1?curr_abbr=USD}.
   */
  public String requestLine() {
    return method + " " + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery);
  }

  /** Returns the first value of a header, ignoring the name's case. */
  public Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .flatMap(header -> header.getValue().stream())
        .findFirst();
  }

  /** Returns the query parameters, decoded as a server decodes them. */
  public Map<String, String> query() {
    Map<String, String> decoded = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return decoded;
    }
    Arrays.stream(rawQuery.split("&"))
        .map(pair -> pair.split("=", 2))
        .forEach(pair -> decoded.put(decode(pair[0]), pair.length > 1 ? decode(pair[1]) : ""));
    return decoded;
  }

  /** Returns the body as UTF-8 text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
