package dev.needledrop.discogs.testkit.internal.fault;

import java.util.regex.Pattern;

/** Path patterns where {@code *} stands for anything within a segment, {@code **} for anything. */
public final class PathPattern {

  private PathPattern() {}

  /** Compiles the pattern. */
  public static Pattern compile(String pattern) {
    if (!pattern.startsWith("/")) {
      throw new IllegalArgumentException("a path pattern starts with /, but was " + pattern);
    }
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
