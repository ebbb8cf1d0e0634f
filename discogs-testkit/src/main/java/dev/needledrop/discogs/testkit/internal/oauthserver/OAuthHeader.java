package dev.needledrop.discogs.testkit.internal.oauthserver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The protocol parameters of an {@code Authorization: OAuth ...} header (RFC 5849 §3.5.1), decoded:
 * comma-separated {@code name="value"} pairs, quotes optional, spaces tolerated, and values
 * percent-decoded, so that a PLAINTEXT signature written with a raw {@code &} and one written
 * {@code %26} read the same (api-discrepancies C7).
 *
 * @param parameters every parameter but {@code realm}, decoded, in header order
 */
record OAuthHeader(Map<String, String> parameters) {

  /** Copies the parameters. */
  OAuthHeader {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** Tells whether the header value uses the OAuth scheme. */
  static boolean isOAuth(String authorization) {
    return authorization.strip().toLowerCase(Locale.ROOT).startsWith("oauth ");
  }

  /**
   * Reads the header value.
   *
   * @throws OAuthRefusal (400) when a pair is malformed, a value badly encoded, or a name repeated
   */
  static OAuthHeader parse(String authorization) {
    String pairs = authorization.strip().substring("oauth ".length());
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String pair : splitOutsideQuotes(pairs)) {
      if (pair.isBlank()) {
        continue;
      }
      int equals = pair.indexOf('=');
      if (equals <= 0) {
        throw OAuthRefusal.malformed("the Authorization header holds a parameter without a value");
      }
      String name = pair.substring(0, equals).strip();
      String value = unquote(pair.substring(equals + 1).strip());
      if (!name.equalsIgnoreCase("realm")
          && parameters.putIfAbsent(decode(name), decode(value)) != null) {
        throw OAuthRefusal.malformed("the Authorization header repeats a parameter");
      }
    }
    return new OAuthHeader(parameters);
  }

  /** Returns a parameter's decoded value. */
  Optional<String> get(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  private static List<String> splitOutsideQuotes(String text) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (char c : text.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  private static String unquote(String value) {
    boolean quoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"");
    return quoted ? value.substring(1, value.length() - 1) : value;
  }

  private static String decode(String text) {
    try {
      return Rfc3986.decode(text);
    } catch (IllegalArgumentException broken) {
      throw OAuthRefusal.malformed("the Authorization header holds a broken percent escape");
    }
  }

  @Override
  public String toString() {
    return "OAuthHeader" + parameters.keySet();
  }
}
