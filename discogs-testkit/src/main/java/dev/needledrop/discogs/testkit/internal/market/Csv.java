package dev.needledrop.discogs.testkit.internal.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Comma-separated values as Discogs' inventory files hold them: a header row of lower-case column
 * names, then one row per listing; fields may be quoted with {@code "}, a quote inside doubled, and
 * line breaks may be LF or CRLF.
 */
final class Csv {

  private Csv() {}

  /** A row by column name, with its number in the file (the header is row 1). */
  record Row(int number, Map<String, String> values) {

    /** Returns a non-blank value of the column. */
    Optional<String> get(String column) {
      return Optional.ofNullable(values.get(column)).map(String::trim).filter(v -> !v.isEmpty());
    }
  }

  /** A parsed file: its column names and rows. */
  record Table(List<String> columns, List<Row> rows) {}

  /**
   * Parses the text, keeping the column names as written (trimmed), so that a caller can hold them
   * to Discogs' lower case.
   *
   * @throws IllegalArgumentException when a quoted field never closes or there is no header
   */
  static Table parse(String text) {
    List<List<String>> records = records(text.startsWith("\uFEFF") ? text.substring(1) : text);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("the file has no header row");
    }
    List<String> columns = records.get(0).stream().map(String::trim).toList();
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> fields = records.get(i);
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      Map<String, String> values = new TreeMap<>();
      for (int c = 0; c < columns.size() && c < fields.size(); c++) {
        values.put(columns.get(c), fields.get(c));
      }
      rows.add(new Row(i + 1, values));
    }
    return new Table(columns, rows);
  }

  /** Returns the fields as one line, quoting those that need it, ended by CRLF. */
  static String line(List<String> fields) {
    return fields.stream().map(Csv::quoted).collect(Collectors.joining(",")) + "\r\n";
  }

  private static String quoted(String field) {
    boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    return plain ? field : "\"" + field.replace("\"", "\"\"") + "\"";
  }

  private static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is never closed");
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
