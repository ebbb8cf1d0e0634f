package dev.needledrop.discogs.feign.internal.auth;

import dev.needledrop.discogs.feign.internal.http.HeaderMaps;
import feign.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a form-encoded body, which OAuth signs along with the query (RFC 5849
 * §3.4.1.3.1); other bodies, such as Discogs' JSON, are not signed.
 */
final class FormParameters {

  private static final String FORM = "application/x-www-form-urlencoded";

  private FormParameters() {}

  /** Returns the decoded parameters of the request's body in body order; empty unless a form. */
  static Map<String, List<String>> of(Request request) {
    byte[] body = request.body();
    if (body == null || body.length == 0 || !isForm(request)) {
      return Map.of();
    }
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
      if (!pair.isEmpty()) {
        int equals = pair.indexOf('=');
        String name = decode(equals < 0 ? pair : pair.substring(0, equals));
        String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
        parameters.computeIfAbsent(name, ignored -> new ArrayList<>()).add(value);
      }
    }
    return parameters;
  }

  private static boolean isForm(Request request) {
    return HeaderMaps.first(request.headers(), "Content-Type")
        .map(type -> type.toLowerCase(Locale.ROOT).startsWith(FORM))
        .orElse(false);
  }

  // Form bodies encode a space as '+' (application/x-www-form-urlencoded).
  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
