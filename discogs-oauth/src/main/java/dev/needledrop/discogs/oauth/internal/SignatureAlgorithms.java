package dev.needledrop.discogs.oauth.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The two signature methods Discogs accepts, PLAINTEXT and HMAC-SHA1 (RFC 5849 §3.4). */
public final class SignatureAlgorithms {

  private static final String HMAC_SHA1 = "HmacSHA1";

  private SignatureAlgorithms() {}

  /**
   * Returns the key both methods start from, {@code encode(consumerSecret)&encode(tokenSecret)}; it
   * is the whole signature under PLAINTEXT.
   */
  public static String key(String consumerSecret, String tokenSecret) {
    return PercentEncoding.encode(consumerSecret) + "&" + PercentEncoding.encode(tokenSecret);
  }

  /** Returns the Base64 HMAC-SHA1 of the base string under the key. */
  public static String hmacSha1(String key, String baseString) {
    try {
      Mac mac = Mac.getInstance(HMAC_SHA1);
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), HMAC_SHA1));
      byte[] digest = mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException missingAlgorithm) {
      // Every Java runtime must provide HmacSHA1; getting here means a broken security setup.
      throw new IllegalStateException("HmacSHA1 is not available", missingAlgorithm);
    }
  }
}
