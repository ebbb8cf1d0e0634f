package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.database.Video;
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

  /** The separator of names on one line: names may hold commas, as "Stock, Aitken & Waterman". */
  static final String NAME_SEPARATOR = " · ";

  /** Returns names on one line, separated by {@link #NAME_SEPARATOR}, leaving blank ones out. */
  static String names(List<String> names) {
    return String.join(
        NAME_SEPARATOR, names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList());
  }

  /** Returns how many videos Discogs links to, such as "13"; blank for none. */
  static String videos(List<Video> videos) {
    return videos.isEmpty() ? "" : Integer.toString(videos.size());
  }

  /** Returns the values joined with commas, leaving blank ones out. */
  static String joined(List<String> values) {
    return String.join(", ", values.stream().filter(value -> !value.isBlank()).toList());
  }

  /**
   * Returns how many copies are for sale and the lowest price, as in {@code "82 copies, lowest 0.84
   * USD"}, {@code "lowest 8.08 USD"} when Discogs sent no count, {@code "none"}, or blank when
   * nothing is known.
   */
  static String forSale(OptionalInt count, Optional<Money> lowest) {
    Optional<String> price = lowest.map(money -> "lowest " + Prices.format(money));
    if (count.isEmpty()) {
      return price.orElse("");
    }
    if (count.getAsInt() == 0 && lowest.isEmpty()) {
      return "none";
    }
    String copies = Text.count(count.getAsInt(), "copy", "copies");
    return price.map(text -> copies + ", " + text).orElse(copies);
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
