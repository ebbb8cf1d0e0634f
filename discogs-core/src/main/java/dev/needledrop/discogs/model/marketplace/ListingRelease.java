package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.ItemStats;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The release a listing sells, in the short form listings carry.
 *
 * @param description the release as one line, such as {@code "Artist - Title (LP, Album)"}
 * @param thumbnail the thumbnail URL, empty when withheld or absent
 * @param year the release year, empty when unknown
 * @param catalogNumber the catalogue numbers as one text
 * @param artist the artists as one text; empty in older answers
 * @param title the title; empty in older answers
 * @param format the formats as one text, such as {@code "LP, Album"}; empty in older answers
 * @param label the labels as one text; empty in older answers
 * @param stats how many people have or want the release, when Discogs sent it
 */
public record ListingRelease(
    ReleaseId id,
    String description,
    String thumbnail,
    OptionalInt year,
    String catalogNumber,
    String artist,
    String title,
    String format,
    String label,
    List<Image> images,
    Optional<ItemStats> stats) {

  /** Creates the release, reading absent parts as empty. */
  public ListingRelease {
    Objects.requireNonNull(id, "id");
    description = Values.text(description);
    thumbnail = Values.text(thumbnail);
    year = Values.year(year);
    catalogNumber = Values.text(catalogNumber);
    artist = Values.text(artist);
    title = Values.text(title);
    format = Values.text(format);
    label = Values.text(label);
    images = Values.list(images);
    stats = Values.optional(stats);
  }

  /** Returns a release known by id and description only. */
  public static ListingRelease of(ReleaseId id, String description) {
    return new ListingRelease(
        id, description, "", OptionalInt.empty(), "", "", "", "", "", List.of(), Optional.empty());
  }
}
