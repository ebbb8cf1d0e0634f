package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;

/**
 * The kind of a tracklist entry ({@code type_} on the wire): a playable track, an index track that
 * groups sub-tracks, or a heading. Other values Discogs may add are kept as given.
 */
public record TrackType(String value) {

  public static final TrackType TRACK = new TrackType("track");
  public static final TrackType INDEX = new TrackType("index");
  public static final TrackType HEADING = new TrackType("heading");

  /** Creates a type from its wire value; an absent value reads as {@code track}. */
  public TrackType {
    value = Values.text(value);
    if (value.isEmpty()) {
      value = "track";
    }
  }

  /** Returns the type of the given wire value. */
  public static TrackType of(String value) {
    // The known types, on every entry of a tracklist, need no new instance.
    if (value == null || value.isEmpty() || value.equals(TRACK.value)) {
      return TRACK;
    }
    if (value.equals(INDEX.value)) {
      return INDEX;
    }
    return value.equals(HEADING.value) ? HEADING : new TrackType(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
