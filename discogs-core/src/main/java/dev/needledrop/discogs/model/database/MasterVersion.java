package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.List;
import java.util.Objects;

/**
 * One edition of a master, as listed among its versions.
 *
 * @param format the format descriptions joined by Discogs, such as {@code "12\", 33 ⅓ RPM"}
 * @param majorFormats the main formats, such as {@code Vinyl}
 * @param released the release year or date as Discogs wrote it
 */
public record MasterVersion(
    ReleaseId id,
    String title,
    String label,
    String country,
    String format,
    List<String> majorFormats,
    String catno,
    PartialDate released,
    String status,
    String thumb,
    ItemStats stats) {

  /** Creates a version, reading absent parts as empty. */
  public MasterVersion {
    Objects.requireNonNull(id, "id");
    title = Values.text(title);
    label = Values.text(label);
    country = Values.text(country);
    format = Values.text(format);
    majorFormats = Values.list(majorFormats);
    catno = Values.text(catno);
    released = released == null ? PartialDate.absent() : released;
    status = Values.text(status);
    thumb = Values.text(thumb);
    stats = stats == null ? ItemStats.NONE : stats;
  }
}
