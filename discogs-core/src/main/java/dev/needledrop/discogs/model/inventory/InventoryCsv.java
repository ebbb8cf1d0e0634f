package dev.needledrop.discogs.model.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A CSV file of listings to upload: its name and content. Discogs expects comma-separated values
 * whose first row names the columns in lower case, such as {@code
 * release_id,price,media_condition}.
 *
 * <p>The content is checked only for what Discogs could never accept: it must not be empty. The
 * rows themselves are Discogs' to judge; its report says which it processed.
 */
public final class InventoryCsv {

  private final String filename;
  private final byte[] content;

  private InventoryCsv(String filename, byte[] content) {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(content, "content");
    if (filename.isBlank()
        || filename.chars().anyMatch(c -> c == '"' || Character.isISOControl(c))) {
      throw new IllegalArgumentException(
          "filename must be a plain file name without quotes or control characters");
    }
    if (content.length == 0) {
      throw new IllegalArgumentException("an inventory CSV file must not be empty");
    }
    this.filename = filename;
    this.content = content.clone();
  }

  /** Returns the file with the given name and UTF-8 text. */
  public static InventoryCsv of(String filename, String text) {
    return new InventoryCsv(filename, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns the file with the given name and bytes. */
  public static InventoryCsv of(String filename, byte[] content) {
    return new InventoryCsv(filename, content);
  }

  /**
   * Reads the file at the path, named as the path names it.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  public static InventoryCsv read(Path file) {
    try {
      return new InventoryCsv(file.getFileName().toString(), Files.readAllBytes(file));
    } catch (IOException unreadable) {
      throw new UncheckedIOException("could not read " + file, unreadable);
    }
  }

  /** Returns the file name sent with the content. */
  public String filename() {
    return filename;
  }

  /** Returns a copy of the content. */
  public byte[] content() {
    return content.clone();
  }

  /** Returns the content as UTF-8 text. */
  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InventoryCsv csv
        && csv.filename.equals(filename)
        && Arrays.equals(csv.content, content);
  }

  @Override
  public int hashCode() {
    return 31 * filename.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return "InventoryCsv[" + filename + ", " + content.length + " bytes]";
  }
}
