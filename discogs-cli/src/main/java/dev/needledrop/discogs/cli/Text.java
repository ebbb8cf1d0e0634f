package dev.needledrop.discogs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers for the summaries: padding, shortening, wrapping, counting. */
final class Text {

  private static final String ELLIPSIS = "...";

  private Text() {}

  /** Returns the text padded with spaces to the width in columns; longer text is left as it is. */
  static String pad(String text, int width) {
    int columns = columns(text);
    return columns >= width ? text : text + " ".repeat(width - columns);
  }

  /** Returns the text cut to at most {@code max} columns, marking the cut. */
  static String shorten(String text, int max) {
    if (columns(text) <= max) {
      return text;
    }
    int room = Math.max(0, max - ELLIPSIS.length());
    int end = 0;
    for (int used = 0; end < text.length(); ) {
      int codePoint = text.codePointAt(end);
      used += columns(codePoint);
      if (used > room) {
        break;
      }
      end += Character.charCount(codePoint);
    }
    return text.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * Returns how many terminal columns the text takes: two for wide East Asian characters, none for
   * combining marks, one for the rest, so that tables of Japanese or Korean titles line up.
   */
  static int columns(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      columns += columns(codePoint);
      i += Character.charCount(codePoint);
    }
    return columns;
  }

  private static int columns(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  // The East Asian Wide and Fullwidth blocks a terminal draws two columns wide.
  private static boolean isWide(int codePoint) {
    return (codePoint >= 0x1100 && codePoint <= 0x115F)
        || (codePoint >= 0x2E80 && codePoint <= 0x303E)
        || (codePoint >= 0x3041 && codePoint <= 0x33FF)
        || (codePoint >= 0x3400 && codePoint <= 0x4DBF)
        || (codePoint >= 0x4E00 && codePoint <= 0x9FFF)
        || (codePoint >= 0xA000 && codePoint <= 0xA4CF)
        || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
        || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
        || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
        || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6)
        || (codePoint >= 0x1F300 && codePoint <= 0x1F64F)
        || (codePoint >= 0x1F900 && codePoint <= 0x1F9FF)
        || (codePoint >= 0x20000 && codePoint <= 0x3FFFD);
  }

  /** Returns the count with its noun, in the singular for one: "1 copy", "82 copies". */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /**
   * Tells whether the text is the word with a slip of the keyboard: at most two letters added,
   * dropped, changed or swapped, such as {@code relase} for {@code release}.
   */
  static boolean isTypoOf(String text, String word) {
    return !text.equals(word) && distance(text, word) <= 2;
  }

  // Optimal string alignment distance: edits of one letter, or two neighbours swapped.
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 || j == 0 ? i + j : edited(a, b, i, j, d);
      }
    }
    return d[a.length()][b.length()];
  }

  private static int edited(String a, String b, int i, int j, int[][] d) {
    int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
    int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
    boolean swapped =
        i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1);
    return swapped ? Math.min(best, d[i - 2][j - 2] + 1) : best;
  }

  /** Returns a decimal number with two places, whatever the platform's locale. */
  static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  /**
   * Returns the text's lines, each paragraph wrapped at spaces to at most {@code width} characters;
   * words longer than the width stay whole.
   */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    text.lines().forEach(paragraph -> wrapParagraph(paragraph.strip(), width, lines));
    return lines;
  }

  private static void wrapParagraph(String paragraph, int width, List<String> lines) {
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
  }
}
