package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.Pagination;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Prints a page of search results as an aligned table (type, id, title, year, country, format),
 * then the pagination line, such as {@code page 1 of 3 (123 results)}.
 */
final class SearchTable {

  private static final String GAP = "  ";

  /** A column: its heading, how wide it may grow, and its cell for a result. */
  private record Column(String heading, int maxWidth, Function<SearchResult, String> cell) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("TYPE", 7, SearchResult::type),
          new Column("ID", 12, result -> Long.toString(result.id())),
          new Column("TITLE", 60, SearchResult::title),
          new Column("YEAR", 4, SearchTable::year),
          new Column("COUNTRY", 20, SearchResult::country),
          new Column("FORMAT", 48, result -> Summaries.joined(result.formats())));

  private SearchTable() {}

  /**
   * Prints the table and the pagination line; "No results." when the search found nothing, and what
   * the search has when the page asked for is past its end.
   */
  static void print(Page<SearchResult> page, PrintWriter out) {
    Pagination pagination = page.pagination();
    if (Paging.isPastTheEnd(page)) {
      out.println(Paging.pastTheEnd(pagination, "the search", "result", "results"));
      return;
    }
    if (page.items().isEmpty()) {
      out.println("No results.");
    } else {
      List<List<String>> rows = new ArrayList<>();
      rows.add(COLUMNS.stream().map(Column::heading).toList());
      page.items().forEach(result -> rows.add(cells(result)));
      int[] widths = widths(rows);
      rows.forEach(row -> out.println(line(row, widths)));
    }
    out.println(pagination(pagination));
  }

  /** Returns the pagination line, such as {@code page 1 of 3 (123 results)}. */
  static String pagination(Pagination pagination) {
    return Paging.line(pagination, "result", "results");
  }

  private static List<String> cells(SearchResult result) {
    return COLUMNS.stream()
        .map(column -> Text.shorten(column.cell().apply(result).strip(), column.maxWidth()))
        .toList();
  }

  private static int[] widths(List<List<String>> rows) {
    int[] widths = new int[COLUMNS.size()];
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

  private static String year(SearchResult result) {
    return result.year().isPresent() ? Integer.toString(result.year().getAsInt()) : "";
  }
}
