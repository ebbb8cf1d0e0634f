package dev.needledrop.discogs.oauth;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks OAuth 1.0a headers the way a server would, written apart from the production code and on
 * other primitives ({@link URLEncoder}/{@link URLDecoder} with RFC 3986 fix-ups), so that a test
 * passing against it does not merely compare the signer with itself.
 */
final class IndependentOAuthVerifier {

  private IndependentOAuthVerifier() {}

  /**
   * Reads the parameters of an {@code Authorization: OAuth ...} header, percent-decoded. Values may
   * hold a raw {@code &} (Discogs' documented PLAINTEXT form) or {@code %26}.
   */
  static Map<String, String> parseHeader(String header) {
    if (!header.startsWith("OAuth ")) {
      throw new IllegalArgumentException("not an OAuth header");
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String item : header.substring("OAuth ".length()).split(",")) {
      String trimmed = item.trim();
      int equals = trimmed.indexOf('=');
      String name = trimmed.substring(0, equals);
      String quoted = trimmed.substring(equals + 1);
      if (!quoted.startsWith("\"") || !quoted.endsWith("\"") || quoted.length() < 2) {
        throw new IllegalArgumentException("value of " + name + " is not double-quoted");
      }
      parameters.put(rfcDecode(name), rfcDecode(quoted.substring(1, quoted.length() - 1)));
    }
    return parameters;
  }

  /** Tells whether the header's signature matches the request and the two secrets. */
  static boolean verifies(
      String method,
      URI url,
      Map<String, List<String>> form,
      String header,
      String consumerSecret,
      String tokenSecret) {
    Map<String, String> oauth = parseHeader(header);
    String key = rfcEncode(consumerSecret) + "&" + rfcEncode(tokenSecret);
    String claimed = oauth.getOrDefault("oauth_signature", "");
    String expected =
        switch (oauth.getOrDefault("oauth_signature_method", "")) {
          case "PLAINTEXT" -> key;
          case "HMAC-SHA1" -> hmac(key, baseString(method, url, form, oauth));
          default -> null;
        };
    return expected != null
        && MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), claimed.getBytes(StandardCharsets.UTF_8));
  }

  /** Rebuilds the signature base string of RFC 5849 §3.4.1 from the request and its header. */
  static String baseString(
      String method, URI url, Map<String, List<String>> form, Map<String, String> oauth) {
    List<String[]> pairs = new ArrayList<>();
    String query = url.getRawQuery();
    if (query != null) {
      for (String piece : query.split("&")) {
        if (!piece.isEmpty()) {
          String[] nameValue = piece.split("=", 2);
          pairs.add(
              pair(formDecode(nameValue[0]), nameValue.length > 1 ? formDecode(nameValue[1]) : ""));
        }
      }
    }
    form.forEach((name, values) -> values.forEach(value -> pairs.add(pair(name, value))));
    oauth.forEach(
        (name, value) -> {
          if (!name.equals("oauth_signature") && !name.equals("realm")) {
            pairs.add(pair(name, value));
          }
        });
    String normalized =
        pairs.stream()
            .sorted((a, b) -> a[0].equals(b[0]) ? a[1].compareTo(b[1]) : a[0].compareTo(b[0]))
            .map(p -> p[0] + "=" + p[1])
            .collect(Collectors.joining("&"));
    return method.toUpperCase(Locale.ROOT)
        + "&"
        + rfcEncode(baseUri(url))
        + "&"
        + rfcEncode(normalized);
  }

  static String rfcEncode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("*", "%2A")
        .replace("%7E", "~");
  }

  private static String[] pair(String name, String value) {
    return new String[] {rfcEncode(name), rfcEncode(value)};
  }

  private static String baseUri(URI url) {
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    boolean defaultPort =
        port < 0
            || (scheme.equals("http") && port == 80)
            || (scheme.equals("https") && port == 443);
    String path = url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return scheme
        + "://"
        + url.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port)
        + path;
  }

  // URLDecoder reads '+' as a space; in an RFC 3986 value a '+' is itself, so protect it first.
  private static String rfcDecode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static String formDecode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String hmac(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
