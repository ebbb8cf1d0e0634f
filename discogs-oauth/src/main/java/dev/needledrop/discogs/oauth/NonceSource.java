package dev.needledrop.discogs.oauth;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Supplies the {@code oauth_nonce} of each signed request: a value never used before with the same
 * timestamp. Discogs rejects nonces longer than {@value #MAX_LENGTH} characters.
 *
 * <p>Implementations are thread-safe. Replace the {@linkplain #secureRandom() default} only to make
 * tests repeatable.
 */
@FunctionalInterface
public interface NonceSource {

  /** The longest nonce Discogs accepts. */
  int MAX_LENGTH = 64;

  /** Returns a fresh nonce of 1 to {@value #MAX_LENGTH} characters. */
  String nextNonce();

  /** Returns the default source: 32 hexadecimal digits (128 bits) from a {@link SecureRandom}. */
  static NonceSource secureRandom() {
    SecureRandom random = new SecureRandom();
    return () -> {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      return HexFormat.of().formatHex(bytes);
    };
  }
}
