package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An aligned table of rows, one column per value, cells cut to their column's width, such as a page
 * of listings or orders.
 *
 * @param <T> what a row shows
 */
final class Table<T> {

  private static final String GAP = "  ";

  /** A column: its heading, how wide it may grow, and its cell for a row. */
  record Column<T>(String heading, int maxWidth, Function<T, String> cell) {}

  private final List<Column<T>> columns;

  Table(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  /** Prints the heading and one line per item. */
  void print(List<T> items, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns.stream().map(Column::heading).toList());
    items.forEach(item -> rows.add(cells(item)));
    int[] widths = widths(rows);
    rows.forEach(row -> out.println(line(row, widths)));
  }

  private List<String> cells(T item) {
    return columns.stream()
        .map(column -> Text.shorten(column.cell().apply(item).strip(), column.maxWidth()))
        .toList();
  }

  private int[] widths(List<List<String>> rows) {
    int[] widths = new int[columns.size()];
    rows.forEach(
        row -> {
          for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], row.get(i).length());
          }
        });
    return widths;
  }

  private static String line(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < row.size(); i++) {
      line.append(i == 0 ? "" : GAP).append(Text.pad(row.get(i), widths[i]));
    }
    return line.toString().stripTrailing();
  }
}
