package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.Money;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** What the summaries of several types share: headings, joined lists, the market line. */
final class Summaries {

  private static final int TEXT_WIDTH = 96;

  private Summaries() {}

  /** Prints the summary's first line and the blank line after it. */
  static void title(String title, PrintWriter out) {
    out.println(title);
    out.println();
  }

  /** Returns the values joined with commas, leaving blank ones out. */
  static String joined(List<String> values) {
    return String.join(", ", values.stream().filter(value -> !value.isBlank()).toList());
  }

  /**
   * Returns how many copies are for sale and the lowest price, such as {@code "82 copies, lowest
   * 0.84 USD"}; the count only when Discogs sent it, and blank when nothing is known.
   */
  static String forSale(OptionalInt count, Optional<Money> lowest) {
    if (count.isEmpty()) {
      return lowest.map(price -> "lowest " + price).orElse("");
    }
    if (count.getAsInt() == 0 && lowest.isEmpty()) {
      return "none";
    }
    String copies = Text.count(count.getAsInt(), "copy", "copies");
    return lowest.map(price -> copies + ", lowest " + price).orElse(copies);
  }

  /** Prints a section of free text, such as a profile, under its heading, wrapped; blank: none. */
  static void section(String heading, String text, PrintWriter out) {
    if (text.isBlank()) {
      return;
    }
    out.println();
    out.println(heading);
    Text.wrap(text.strip(), TEXT_WIDTH).forEach(line -> out.println(("  " + line).stripTrailing()));
  }
}
