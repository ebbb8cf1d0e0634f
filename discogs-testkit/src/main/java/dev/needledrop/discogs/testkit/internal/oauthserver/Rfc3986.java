package dev.needledrop.discogs.testkit.internal.oauthserver;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The stub's own RFC 3986 percent-encoding, as OAuth 1.0a uses it (RFC 5849 §3.6): written apart
 * from the SDK's signer so that a mistake there cannot pass unnoticed on both sides. Stateless.
 */
final class Rfc3986 {

  private static final String UNRESERVED =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Rfc3986() {}

  /** Encodes every UTF-8 byte outside the unreserved set as {@code %XX}, upper-case hex. */
  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 128 && UNRESERVED.indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
      }
    }
    return out.toString();
  }

  /**
   * Decodes {@code %XX} escapes as UTF-8; a {@code +} stays a plus, as RFC 3986 has it.
   *
   * @throws IllegalArgumentException on a broken escape
   */
  static String decode(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length()) {
          throw new IllegalArgumentException("broken percent escape");
        }
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          throw new IllegalArgumentException("broken percent escape");
        }
        bytes.write(high * 16 + low);
        i += 3;
      } else {
        int next = text.offsetByCodePoints(i, 1);
        bytes.writeBytes(text.substring(i, next).getBytes(StandardCharsets.UTF_8));
        i = next;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
