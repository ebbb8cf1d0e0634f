package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.auth.SignableRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Builds the signature base string of RFC 5849 §3.4.1 that HMAC-SHA1 signs: the method, the base
 * string URI and the normalized parameters, each percent-encoded and joined by {@code &}.
 * Stateless.
 */
public final class SignatureBaseString {

  private SignatureBaseString() {}

  /**
   * Returns the base string of a request signed with the given protocol parameters, which must not
   * include {@code oauth_signature}.
   */
  public static String of(SignableRequest request, List<Parameter> oauthParameters) {
    List<EncodedPair> pairs = new ArrayList<>(queryPairs(request.url()));
    request
        .formParameters()
        .forEach((name, values) -> values.forEach(value -> pairs.add(encoded(name, value))));
    oauthParameters.forEach(parameter -> pairs.add(encoded(parameter.name(), parameter.value())));
    return join(request.method(), baseUri(request.url()), pairs);
  }

  /**
   * Returns the base string from parts already decided: the method, the base string URI and the
   * decoded parameters. Used to state the RFC's examples directly.
   */
  public static String of(String method, String baseUri, List<Parameter> parameters) {
    List<EncodedPair> pairs = parameters.stream().map(p -> encoded(p.name(), p.value())).toList();
    return join(method.toUpperCase(Locale.ROOT), baseUri, pairs);
  }

  /**
   * Returns the base string URI (RFC 5849 §3.4.1.2): scheme and host in lower case, the port only
   * when it is not the scheme's default, the path as sent, and neither query nor fragment.
   */
  public static String baseUri(URI url) {
    URI ascii = URI.create(url.toASCIIString());
    String scheme = ascii.getScheme().toLowerCase(Locale.ROOT);
    String host = ascii.getHost().toLowerCase(Locale.ROOT);
    String path =
        ascii.getRawPath() == null || ascii.getRawPath().isEmpty() ? "/" : ascii.getRawPath();
    return scheme + "://" + host + portSuffix(scheme, ascii.getPort()) + path;
  }

  private static String portSuffix(String scheme, int port) {
    boolean isDefault =
        port == -1
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    return isDefault ? "" : ":" + port;
  }

  // The query is form-encoded text (RFC 5849 §3.4.1.3.1): empty pieces carry no parameter, and a
  // piece without '=' is a name with an empty value.
  private static List<EncodedPair> queryPairs(URI url) {
    String query = URI.create(url.toASCIIString()).getRawQuery();
    if (query == null || query.isEmpty()) {
      return List.of();
    }
    List<EncodedPair> pairs = new ArrayList<>();
    for (String piece : query.split("&")) {
      if (piece.isEmpty()) {
        continue;
      }
      int equals = piece.indexOf('=');
      String name = equals < 0 ? piece : piece.substring(0, equals);
      String value = equals < 0 ? "" : piece.substring(equals + 1);
      pairs.add(
          new EncodedPair(
              PercentEncoding.reencodeFormComponent(name),
              PercentEncoding.reencodeFormComponent(value)));
    }
    return pairs;
  }

  private static EncodedPair encoded(String name, String value) {
    return new EncodedPair(PercentEncoding.encode(name), PercentEncoding.encode(value));
  }

  private static String join(String method, String baseUri, List<EncodedPair> pairs) {
    return method
        + "&"
        + PercentEncoding.encode(baseUri)
        + "&"
        + PercentEncoding.encode(normalized(pairs));
  }

  // RFC 5849 §3.4.1.3.2: sort by encoded name, then by encoded value, in byte order; the encoded
  // text is ASCII, so String order is byte order.
  private static String normalized(List<EncodedPair> pairs) {
    return pairs.stream()
        .sorted(Comparator.comparing(EncodedPair::name).thenComparing(EncodedPair::value))
        .map(pair -> pair.name() + "=" + pair.value())
        .collect(Collectors.joining("&"));
  }

  private record EncodedPair(String name, String value) {}
}
