package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.Pagination;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Prints items as an aligned table, one row each, cells cut to their column's width, then the
 * pagination line, such as {@code page 1 of 3 (123 copies)}.
 *
 * @param <T> the items, such as copies in a collection
 */
final class Table<T> {

  private static final String GAP = "  ";

  /** A column: its heading, how wide it may grow, and its cell for an item. */
  record Column<T>(String heading, int maxWidth, Function<T, String> cell) {}

  private final List<Column<T>> columns;

  Table(List<Column<T>> columns) {
    this.columns = List.copyOf(columns);
  }

  /**
   * What a table lists, for the lines around it.
   *
   * @param whole what was paged, for a page past the end, such as {@code the folder}
   * @param none the line for nothing at all, such as {@code No copies in this folder.}
   * @param singular one item, such as {@code copy}
   * @param plural several, such as {@code copies}
   */
  record Nouns(String whole, String none, String singular, String plural) {}

  /**
   * Prints the page's items, or the line for none, then the pagination line counting the nouns; for
   * a page past the last, only the line that says so.
   */
  void print(Page<T> page, Nouns nouns, PrintWriter out) {
    Pagination pagination = page.pagination();
    if (Paging.isPastTheEnd(page)) {
      out.println(Paging.pastTheEnd(pagination, nouns.whole(), nouns.singular(), nouns.plural()));
      return;
    }
    if (page.items().isEmpty()) {
      out.println(nouns.none());
    } else {
      printRows(page.items(), out);
    }
    out.println(Paging.line(pagination, nouns.singular(), nouns.plural()));
  }

  /** Prints the items, all of them, with no pagination line. */
  void print(List<T> items, PrintWriter out) {
    printRows(items, out);
  }

  private void printRows(List<T> items, PrintWriter out) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(columns.stream().map(Column::heading).toList());
    items.forEach(item -> rows.add(cells(item)));
    int[] widths = widths(rows);
    rows.forEach(row -> out.println(line(row, widths)));
  }

  private List<String> cells(T item) {
    return columns.stream()
        .map(column -> Text.shorten(oneLine(column.cell().apply(item)), column.maxWidth()))
        .toList();
  }

  private int[] widths(List<List<String>> rows) {
    int[] widths = new int[columns.size()];
    rows.forEach(
        row -> {
          for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(widths[i], Text.columns(row.get(i)));
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

  // A note may hold line breaks; a table row may not.
  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
