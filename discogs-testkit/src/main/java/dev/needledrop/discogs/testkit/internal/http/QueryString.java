package dev.needledrop.discogs.testkit.internal.http;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The decoded name/value pairs of a query string or form body, in their order. */
public record QueryString(List<Map.Entry<String, String>> pairs) {

  /** Creates a query string, copying the pairs. */
  public QueryString {
    pairs = List.copyOf(pairs);
  }

  /** Parses a raw (percent-encoded) query; null or empty text gives no pairs. */
  public static QueryString parse(String raw) {
    List<Map.Entry<String, String>> pairs = new ArrayList<>();
    if (raw == null || raw.isEmpty()) {
      return new QueryString(pairs);
    }
    for (String part : raw.split("&")) {
      if (!part.isEmpty()) {
        int equals = part.indexOf('=');
        String name = equals < 0 ? part : part.substring(0, equals);
        String value = equals < 0 ? "" : part.substring(equals + 1);
        pairs.add(Map.entry(decode(name), decode(value)));
      }
    }
    return new QueryString(pairs);
  }

  /** Returns the first value of a parameter. */
  public Optional<String> first(String name) {
    return pairs.stream()
        .filter(pair -> pair.getKey().equals(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** Returns the pairs without the named parameters, re-encoded as query text. */
  public String encodeWithout(List<String> names) {
    return pairs.stream()
        .filter(pair -> !names.contains(pair.getKey()))
        .map(pair -> encode(pair.getKey()) + "=" + encode(pair.getValue()))
        .collect(Collectors.joining("&"));
  }

  /** Percent-encodes one query component. */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      // A stray '%' is kept as typed rather than failing the whole request.
      return text;
    }
  }
}
