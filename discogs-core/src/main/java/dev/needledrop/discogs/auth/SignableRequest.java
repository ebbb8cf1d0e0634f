package dev.needledrop.discogs.auth;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link RequestSigner} needs to know of a request: its method, the URL exactly as it is
 * sent and, for a form-encoded body only, the body's parameters.
 *
 * @param method the HTTP method, upper-cased on the way in
 * @param url the absolute URL as sent, its query still percent-encoded
 * @param formParameters the decoded parameters of an {@code application/x-www-form-urlencoded}
 *     body, in body order; empty for any other body (Discogs' JSON bodies are not signed)
 */
public record SignableRequest(String method, URI url, Map<String, List<String>> formParameters) {

  /** Creates the description, checking that the URL is absolute and copying the parameters. */
  public SignableRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(formParameters, "formParameters");
    if (method.isBlank()) {
      throw new IllegalArgumentException("method must not be blank");
    }
    if (!url.isAbsolute() || url.getHost() == null) {
      throw new IllegalArgumentException("url must be absolute with a host");
    }
    method = method.toUpperCase(Locale.ROOT);
    formParameters = copy(formParameters);
  }

  /** Describes a request without a form-encoded body. */
  public static SignableRequest of(String method, URI url) {
    return new SignableRequest(method, url, Map.of());
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> parameters) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    parameters.forEach(
        (name, values) ->
            copy.put(Objects.requireNonNull(name, "parameter name"), List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }

  // The query and form values are not credentials, but they may be personal data: keep them out of
  // logs that print the request.
  @Override
  public String toString() {
    return "SignableRequest["
        + method
        + " "
        + url.getScheme()
        + "://"
        + url.getRawAuthority()
        + url.getRawPath()
        + ", form parameters "
        + formParameters.keySet()
        + "]";
  }
}
