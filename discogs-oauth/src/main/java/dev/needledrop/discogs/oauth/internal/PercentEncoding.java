package dev.needledrop.discogs.oauth.internal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The percent-encoding of RFC 5849 §3.6 (RFC 3986's unreserved set): UTF-8 bytes, {@code
 * A-Za-z0-9-._~} kept, every other byte written as {@code %XX} in upper case. Stateless.
 */
public final class PercentEncoding {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentEncoding() {}

  /**
   * Encodes the text.
   *
   * @throws IllegalArgumentException when the text is not valid UTF-16 (a lone surrogate), which
   *     has no UTF-8 form to sign
   */
  public static String encode(String text) {
    return encodeBytes(utf8(text));
  }

  /**
   * Decodes RFC 3986 text, where {@code +} is a plus sign.
   *
   * @throws IllegalArgumentException on a broken {@code %} escape or bytes that are not UTF-8
   */
  public static String decode(String text) {
    return utf8(bytesOf(text, false));
  }

  /**
   * Decodes {@code application/x-www-form-urlencoded} text, where {@code +} is a space.
   *
   * @throws IllegalArgumentException on a broken {@code %} escape or bytes that are not UTF-8
   */
  public static String decodeForm(String text) {
    return utf8(bytesOf(text, true));
  }

  /**
   * Re-encodes a raw, form-encoded query component byte for byte, as RFC 5849 §3.4.1.3.1 asks of
   * query parameters; working on bytes keeps any value that is not UTF-8 intact.
   */
  public static String reencodeFormComponent(String raw) {
    return encodeBytes(bytesOf(raw, true));
  }

  private static String encodeBytes(byte[] bytes) {
    StringBuilder encoded = new StringBuilder(bytes.length * 3);
    for (byte b : bytes) {
      int value = b & 0xFF;
      if (isUnreserved(value)) {
        encoded.append((char) value);
      } else {
        encoded.append('%').append(HEX[value >> 4]).append(HEX[value & 0xF]);
      }
    }
    return encoded.toString();
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '.'
        || c == '_'
        || c == '~';
  }

  // Characters outside escapes are taken as their UTF-8 bytes, so raw non-ASCII text decodes too.
  private static byte[] bytesOf(String text, boolean plusIsSpace) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '%') {
        bytes.write(escapedByte(text, i));
        i += 3;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
        i++;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
        bytes.writeBytes(utf8(text.substring(i, end)));
        i = end;
      }
    }
    return bytes.toByteArray();
  }

  private static int escapedByte(String text, int at) {
    if (at + 2 >= text.length()) {
      throw new IllegalArgumentException("a % escape is cut short at index " + at);
    }
    int high = Character.digit(text.charAt(at + 1), 16);
    int low = Character.digit(text.charAt(at + 2), 16);
    if (high < 0 || low < 0) {
      throw new IllegalArgumentException("a % escape is not followed by two hex digits");
    }
    return high << 4 | low;
  }

  private static byte[] utf8(String text) {
    try {
      ByteBuffer buffer =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (CharacterCodingException loneSurrogate) {
      throw new IllegalArgumentException("text holds a lone surrogate and has no UTF-8 form");
    }
  }

  private static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException notUtf8) {
      throw new IllegalArgumentException("percent-decoded bytes are not UTF-8");
    }
  }
}
