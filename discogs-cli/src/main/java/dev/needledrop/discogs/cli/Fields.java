package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A block of labelled values with the values aligned on one column, such as {@code Country UK}.
 * Blank values are left out; a value of several lines, or too long for one, continues under the
 * value column.
 */
final class Fields {

  private static final String INDENT = "  ";
  private static final String GAP = "  ";
  private static final int LINE_WIDTH = 100;

  private record Row(String label, List<String> lines) {}

  private final List<Row> rows = new ArrayList<>();

  /** Adds a value, unless it is blank. */
  Fields add(String label, String value) {
    return addAll(label, List.of(value));
  }

  /** Adds values one per line (and the lines of each), leaving blank ones out. */
  Fields addAll(String label, List<String> values) {
    List<String> lines =
        values.stream()
            .flatMap(String::lines)
            .map(String::strip)
            .filter(l -> !l.isEmpty())
            .toList();
    if (!lines.isEmpty()) {
      rows.add(new Row(label, lines));
    }
    return this;
  }

  /** Prints the block. */
  void printTo(PrintWriter out) {
    int width = rows.stream().mapToInt(row -> row.label().length()).max().orElse(0);
    int valueWidth = Math.max(LINE_WIDTH - INDENT.length() - width - GAP.length(), 20);
    for (Row row : rows) {
      List<String> lines =
          row.lines().stream().flatMap(line -> Text.wrap(line, valueWidth).stream()).toList();
      for (int i = 0; i < lines.size(); i++) {
        String label = i == 0 ? row.label() : "";
        out.println(INDENT + Text.pad(label, width) + GAP + lines.get(i));
      }
    }
  }
}
