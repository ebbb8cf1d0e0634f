package dev.needledrop.discogs.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers for the summaries: padding, shortening, wrapping, counting. */
final class Text {

  private static final String ELLIPSIS = "...";

  private Text() {}

  /** Returns the text padded with spaces to the width; longer text is left as it is. */
  static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  /** Returns the text cut to at most {@code max} characters, marking the cut. */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return text.substring(0, Math.max(0, max - ELLIPSIS.length())).stripTrailing() + ELLIPSIS;
  }

  /** Returns the count with its noun, in the singular for one: "1 copy", "82 copies". */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
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
