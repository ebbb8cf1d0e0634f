package dev.needledrop.discogs.testkit.internal.oauthserver;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks the signature of a request with the secrets it should have been made with: PLAINTEXT is
 * the two encoded secrets joined by {@code &}; HMAC-SHA1 signs the base string of RFC 5849 §3.4.1
 * rebuilt here from the request as received. Stateless.
 */
final class Signatures {

  static final String PLAINTEXT = "PLAINTEXT";
  static final String HMAC_SHA1 = "HMAC-SHA1";

  private Signatures() {}

  /**
   * Tells whether the request's {@code oauth_signature} is right for the secrets.
   *
   * @param tokenSecret the token's secret, empty for a request-token call
   */
  static boolean verify(SignedRequest request, String consumerSecret, String tokenSecret) {
    String key = Rfc3986.encode(consumerSecret) + "&" + Rfc3986.encode(tokenSecret);
    String claimed = request.header().get("oauth_signature").orElse("");
    String method = request.header().get("oauth_signature_method").orElse("");
    String expected =
        switch (method) {
          case PLAINTEXT -> key;
          case HMAC_SHA1 -> hmacSha1(key, baseString(request));
          default -> throw OAuthRefusal.malformed("the signature method is not supported");
        };
    return MessageDigest.isEqual(bytes(expected), bytes(claimed));
  }

  /** Returns the signature base string of the request (RFC 5849 §3.4.1.1). */
  static String baseString(SignedRequest request) {
    List<String[]> pairs = new ArrayList<>();
    request.parameters().forEach(pair -> pairs.add(encoded(pair.getKey(), pair.getValue())));
    request
        .header()
        .parameters()
        .forEach(
            (name, value) -> {
              if (!name.equals("oauth_signature")) {
                pairs.add(encoded(name, value));
              }
            });
    pairs.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
    StringBuilder normalized = new StringBuilder();
    for (String[] pair : pairs) {
      if (normalized.length() > 0) {
        normalized.append('&');
      }
      normalized.append(pair[0]).append('=').append(pair[1]);
    }
    return request.method()
        + "&"
        + Rfc3986.encode(request.baseUri())
        + "&"
        + Rfc3986.encode(normalized.toString());
  }

  private static String[] encoded(String name, String value) {
    return new String[] {Rfc3986.encode(name), Rfc3986.encode(value)};
  }

  private static String hmacSha1(String key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(bytes(key), "HmacSHA1"));
      return Base64.getEncoder().encodeToString(mac.doFinal(bytes(text)));
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA1 is not available", unavailable);
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
