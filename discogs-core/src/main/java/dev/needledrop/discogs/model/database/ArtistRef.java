package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ArtistId;
import java.util.Objects;

/** A short reference to another artist: an alias, a group member or a group. */
public record ArtistRef(ArtistId id, String name, String thumbnailUrl) {

  /** Creates a reference, reading absent parts as empty. */
  public ArtistRef {
    Objects.requireNonNull(id, "id");
    name = Values.text(name);
    thumbnailUrl = Values.text(thumbnailUrl);
  }
}
