package dev.needledrop.discogs.feign.internal.http;

/**
 * Text that goes into a URL as it is: unreserved characters (RFC 3986) and percent escapes, what
 * {@link PercentEncoding} makes of any value. Feign inserts such text unchanged whatever it is told
 * of its encoding, so a call made of it may be written without Feign's templates.
 */
public final class PlainUriText {

  private PlainUriText() {}

  /** Tells whether the text is non-empty and made of unreserved characters and escapes. */
  public static boolean is(String text) {
    return !text.isEmpty() && plain(text, false);
  }

  /** The same for a path's literal text, which may hold slashes between its segments. */
  public static boolean isPath(String text) {
    return plain(text, true);
  }

  private static boolean plain(String text, boolean slashes) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%') {
        if (i + 2 >= text.length() || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!PercentEncoding.isUnreserved(c) && !(slashes && c == '/')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
