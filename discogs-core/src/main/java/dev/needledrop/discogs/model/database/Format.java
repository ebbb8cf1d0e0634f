package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import java.util.List;
import java.util.OptionalInt;

/**
 * A physical or digital format of a release, such as two LPs in a gatefold.
 *
 * @param name the format, such as {@code Vinyl}, {@code CD} or {@code File}
 * @param quantity the number of units as Discogs sends it: text, such as {@code "2"}
 * @param descriptions details such as {@code LP}, {@code Album} or {@code 45 RPM}
 * @param text free text, such as {@code Gatefold}
 */
public record Format(String name, String quantity, List<String> descriptions, String text) {

  /** Creates a format, reading absent parts as empty. */
  public Format {
    name = Values.text(name);
    quantity = Values.text(quantity);
    descriptions = Values.list(descriptions);
    text = Values.text(text);
  }

  /** Returns the number of units, when the quantity is a number. */
  public OptionalInt quantityNumber() {
    return Numbers.parseInt(quantity);
  }
}
