package dev.needledrop.discogs.testkit.internal.http;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request as it arrived: method, raw path and query (still percent-encoded), headers (looked up
 * without regard to case) and body.
 */
public record Received(
    String method, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {

  /** Creates the request, copying headers and body. */
  public Received {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    headers = Collections.unmodifiableMap(copy);
    rawQuery = rawQuery == null ? "" : rawQuery;
    body = body.clone();
  }

  /** Returns the first value of a header. */
  public Optional<String> header(String name) {
    return headers.getOrDefault(name, List.of()).stream().findFirst();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
