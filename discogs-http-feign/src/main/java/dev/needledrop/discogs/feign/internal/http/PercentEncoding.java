package dev.needledrop.discogs.feign.internal.http;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes text as UTF-8, leaving only the RFC 3986 unreserved characters as they are.
 *
 * <p>Encoding every other character, reserved ones included, makes the result safe in a path
 * segment and in a query value alike: {@code /}, {@code ?}, {@code &}, {@code =}, {@code +}, {@code
 * %} and braces (which Feign would read as template expressions) can never change the meaning of
 * the URL.
 */
final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /**
   * Returns the percent-encoded form of the text.
   *
   * @throws IllegalArgumentException when the text holds an unpaired surrogate, which has no UTF-8
   *     form; the message names the parameter but never echoes the value
   */
  static String encode(String text, String name) {
    ByteBuffer bytes = utf8(text, name);
    StringBuilder encoded = new StringBuilder(bytes.remaining() * 3);
    while (bytes.hasRemaining()) {
      int octet = bytes.get() & 0xFF;
      if (isUnreserved(octet)) {
        encoded.append((char) octet);
      } else {
        encoded.append('%').append(HEX[octet >> 4]).append(HEX[octet & 0xF]);
      }
    }
    return encoded.toString();
  }

  private static ByteBuffer utf8(String text, String name) {
    try {
      return StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException malformed) {
      throw new IllegalArgumentException(name + " is not valid Unicode text", malformed);
    }
  }

  static boolean isUnreserved(int octet) {
    return (octet >= 'a' && octet <= 'z')
        || (octet >= 'A' && octet <= 'Z')
        || (octet >= '0' && octet <= '9')
        || octet == '-'
        || octet == '.'
        || octet == '_'
        || octet == '~';
  }
}
