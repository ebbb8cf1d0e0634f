package dev.needledrop.discogs.testkit.internal.userdata;

import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.FieldType;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * The custom fields every collection starts with, as Discogs' documentation shows them: the media
 * and sleeve condition (dropdowns; the sleeve's private) and free-text notes.
 */
public final class DefaultFields {

  private static final List<String> MEDIA =
      List.of(
          "Mint (M)",
          "Near Mint (NM or M-)",
          "Very Good Plus (VG+)",
          "Very Good (VG)",
          "Good Plus (G+)",
          "Good (G)",
          "Fair (F)",
          "Poor (P)");

  private DefaultFields() {}

  /** Returns the three fields, in their positions. */
  public static List<CustomField> all() {
    List<String> sleeve = Stream.concat(Stream.of("Generic", "No Cover"), MEDIA.stream()).toList();
    return List.of(
        new CustomField(
            FieldId.of(1),
            "Media Condition",
            1,
            true,
            FieldType.DROPDOWN,
            MEDIA,
            OptionalInt.empty()),
        new CustomField(
            FieldId.of(2),
            "Sleeve Condition",
            2,
            false,
            FieldType.DROPDOWN,
            sleeve,
            OptionalInt.empty()),
        new CustomField(
            FieldId.of(3), "Notes", 3, true, FieldType.TEXTAREA, List.of(), OptionalInt.of(3)));
  }
}
