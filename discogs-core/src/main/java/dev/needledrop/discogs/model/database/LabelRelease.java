package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.Objects;
import java.util.OptionalInt;

/** A release in a label's catalogue. */
public record LabelRelease(
    ReleaseId id,
    String title,
    String artist,
    String catno,
    String format,
    OptionalInt year,
    String status,
    String thumb,
    ItemStats stats) {

  /** Creates a catalogue entry, reading absent parts as empty. */
  public LabelRelease {
    Objects.requireNonNull(id, "id");
    title = Values.text(title);
    artist = Values.text(artist);
    catno = Values.text(catno);
    format = Values.text(format);
    year = Values.year(year);
    status = Values.text(status);
    thumb = Values.text(thumb);
    stats = stats == null ? ItemStats.NONE : stats;
  }
}
