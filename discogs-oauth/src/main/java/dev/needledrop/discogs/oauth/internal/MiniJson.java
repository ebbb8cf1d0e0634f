package dev.needledrop.discogs.oauth.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the small JSON documents of the OAuth flow (the identity and error bodies) without a JSON
 * library, which this module does not depend on. Objects become maps, arrays lists, numbers {@link
 * BigDecimal}s; keys whose value is {@code null} are left out. Each call reads with a reader of its
 * own, so the static entry point is thread-safe.
 */
public final class MiniJson {

  private final String text;
  private int at;

  private MiniJson(String text) {
    this.text = text;
  }

  /**
   * Reads a document whose top level is an object.
   *
   * @throws IllegalArgumentException when the text is not such a document
   */
  public static Map<String, Object> parseObject(String text) {
    MiniJson reader = new MiniJson(text);
    reader.skipSpace();
    if (!reader.peekIs('{')) {
      throw new IllegalArgumentException("the document is not a JSON object");
    }
    Object value = reader.value();
    reader.skipSpace();
    if (reader.at != text.length()) {
      throw reader.error("text after the JSON object");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> object = (Map<String, Object>) value;
    return object;
  }

  private Object value() {
    skipSpace();
    if (at >= text.length()) {
      throw error("the document ends early");
    }
    char c = text.charAt(at);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> string();
      case 't' -> literal("true", Boolean.TRUE);
      case 'f' -> literal("false", Boolean.FALSE);
      case 'n' -> literal("null", null);
      default -> number();
    };
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new HashMap<>();
    expect('{');
    skipSpace();
    if (peekIs('}')) {
      at++;
      return object;
    }
    do {
      skipSpace();
      String key = string();
      skipSpace();
      expect(':');
      Object value = value();
      if (value != null) {
        object.put(key, value);
      }
      skipSpace();
    } while (consumeIf(','));
    expect('}');
    return object;
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    expect('[');
    skipSpace();
    if (peekIs(']')) {
      at++;
      return array;
    }
    do {
      array.add(value());
      skipSpace();
    } while (consumeIf(','));
    expect(']');
    return array;
  }

  private String string() {
    expect('"');
    StringBuilder value = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return value.toString();
      }
      value.append(c == '\\' ? escaped() : c);
    }
    throw error("a string is not closed");
  }

  private char escaped() {
    if (at >= text.length()) {
      throw error("an escape is cut short");
    }
    char c = text.charAt(at++);
    return switch (c) {
      case '"', '\\', '/' -> c;
      case 'b' -> '\b';
      case 'f' -> '\f';
      case 'n' -> '\n';
      case 'r' -> '\r';
      case 't' -> '\t';
      case 'u' -> unicodeEscape();
      default -> throw error("an unknown escape");
    };
  }

  private char unicodeEscape() {
    if (at + 4 > text.length()) {
      throw error("a \\u escape is cut short");
    }
    try {
      char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
      at += 4;
      return c;
    } catch (NumberFormatException notHex) {
      throw error("a \\u escape is not hexadecimal");
    }
  }

  private BigDecimal number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    try {
      return new BigDecimal(text.substring(start, at));
    } catch (NumberFormatException notANumber) {
      throw error("an unexpected value");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, at)) {
      throw error("an unexpected value");
    }
    at += word.length();
    return value;
  }

  private void expect(char c) {
    if (!consumeIf(c)) {
      throw error("'" + c + "' expected");
    }
  }

  private boolean consumeIf(char c) {
    if (peekIs(c)) {
      at++;
      return true;
    }
    return false;
  }

  private boolean peekIs(char c) {
    return at < text.length() && text.charAt(at) == c;
  }

  private void skipSpace() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException("malformed JSON at offset " + at + ": " + problem);
  }
}
