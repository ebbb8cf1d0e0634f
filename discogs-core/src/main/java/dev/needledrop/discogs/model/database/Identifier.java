package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;

/**
 * A code printed on a release, such as a barcode or a matrix number.
 *
 * @param type the kind of code, such as {@code Barcode} or {@code Matrix / Runout}
 */
public record Identifier(String type, String value, String description) {

  /** Creates an identifier, reading absent parts as empty. */
  public Identifier {
    type = Values.text(type);
    value = Values.text(value);
    description = Values.text(description);
  }
}
