package dev.needledrop.discogs.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Writes rows of a CSV file as RFC 4180 has them: UTF-8, lines ended by CRLF, and a cell quoted
 * (its quotes doubled) when it holds a comma, a quote or a line break. Rows go out as they come,
 * through a buffer, so a file of any length costs the same memory. Not thread-safe.
 */
final class CsvWriter implements AutoCloseable {

  private static final String LINE_END = "\r\n";

  private final Writer out;

  private CsvWriter(Writer out) {
    this.out = out;
  }

  /** Creates or replaces the file and opens it for rows. */
  static CsvWriter create(Path file) {
    try {
      return new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot write " + file + ": " + failed.getMessage(), failed);
    }
  }

  /** Returns a writer of rows onto the given writer, for tests. */
  static CsvWriter over(Writer out) {
    return new CsvWriter(new BufferedWriter(Objects.requireNonNull(out, "out")));
  }

  /** Writes one row. */
  void row(List<String> cells) {
    try {
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(cell(cells.get(i)));
      }
      out.write(LINE_END);
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot write a CSV row: " + failed.getMessage(), failed);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException failed) {
      throw new UncheckedIOException("cannot finish the CSV file: " + failed.getMessage(), failed);
    }
  }

  static String cell(String value) {
    if (value.contains(",")
        || value.contains("\"")
        || value.contains("\n")
        || value.contains("\r")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
