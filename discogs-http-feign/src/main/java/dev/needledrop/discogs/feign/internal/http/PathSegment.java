package dev.needledrop.discogs.feign.internal.http;

import java.util.Objects;

/**
 * Turns any value into exactly one percent-encoded path segment: the only way path parameters reach
 * a URL in this adapter.
 *
 * <p>Text is encoded as UTF-8 with everything but the unreserved characters escaped, so a username
 * such as {@code dj a+b/c} becomes {@code dj%20a%2Bb%2Fc} and can never add a segment, climb a
 * level or start a query. The result must be handed to Feign as already encoded, with slash
 * decoding off.
 */
public final class PathSegment {

  private PathSegment() {}

  /**
   * Returns the value as one encoded path segment.
   *
   * @param value the value; its {@code toString()} is encoded, so typed ids work as they are
   * @param name what the value is, for the message when it is refused
   * @throws IllegalArgumentException for an empty value, {@code .} or {@code ..} (which would
   *     change the path's meaning) or a value holding control characters; the message never echoes
   *     it
   */
  public static String encode(Object value, String name) {
    Objects.requireNonNull(value, name);
    String text = value.toString();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty in a URL path");
    }
    if (text.equals(".") || text.equals("..")) {
      throw new IllegalArgumentException(name + " must not be '.' or '..' in a URL path");
    }
    if (text.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(name + " must not contain control characters");
    }
    return PercentEncoding.encode(text, name);
  }
}
