package dev.needledrop.discogs.model.inventory;

import dev.needledrop.discogs.internal.Choices;
import dev.needledrop.discogs.internal.Values;
import java.util.List;

/**
 * What an inventory upload does with the listings of its CSV file: {@link #ADD} new ones, {@link
 * #CHANGE} existing ones, or {@link #DELETE} them. A type Discogs starts sending later is kept as
 * given; uploads refuse it before sending.
 */
public record UploadType(String value) {

  public static final UploadType ADD = new UploadType("add");
  public static final UploadType CHANGE = new UploadType("change");
  public static final UploadType DELETE = new UploadType("delete");

  private static final List<UploadType> KNOWN = List.of(ADD, CHANGE, DELETE);

  /** Creates a type from its wire text; absent reads as empty. */
  public UploadType {
    value = Values.text(value);
  }

  /** Returns the type of the given wire text, such as {@code "add"}. */
  public static UploadType of(String value) {
    return new UploadType(value);
  }

  /** Returns the three types Discogs accepts. */
  public static List<UploadType> values() {
    return KNOWN;
  }

  /** Tells whether this is one of the three types. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /**
   * Returns this type for an upload, refusing one Discogs does not accept.
   *
   * @throws IllegalArgumentException listing the accepted types
   */
  public UploadType requireKnown(String parameter) {
    return Choices.require(this, KNOWN, parameter);
  }

  @Override
  public String toString() {
    return value;
  }
}
