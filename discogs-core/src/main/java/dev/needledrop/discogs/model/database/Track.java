package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import java.util.List;
import java.util.stream.Stream;

/**
 * An entry of a tracklist: a track, an index track grouping {@link #subTracks()}, or a heading.
 *
 * @param artists track-level main artists, as on compilations; empty when the release's apply
 * @param extraArtists track-level credits, such as a remixer
 * @param subTracks the parts of an index track; empty for other entries
 */
public record Track(
    TrackPosition position,
    TrackType type,
    String title,
    TrackDuration duration,
    List<ArtistCredit> artists,
    List<ArtistCredit> extraArtists,
    List<Track> subTracks) {

  /** Creates a tracklist entry, reading absent parts as empty. */
  public Track {
    position = position == null ? TrackPosition.of("") : position;
    type = type == null ? TrackType.TRACK : type;
    title = Values.text(title);
    duration = duration == null ? TrackDuration.of("") : duration;
    artists = Values.list(artists);
    extraArtists = Values.list(extraArtists);
    subTracks = Values.list(subTracks);
  }

  /** Tells whether this entry is a heading, which is never played. */
  public boolean isHeading() {
    return type.equals(TrackType.HEADING);
  }

  /**
   * Returns what can be played from this entry: its sub-tracks for an index track, nothing for a
   * heading, and the entry itself otherwise.
   */
  public Stream<Track> playable() {
    if (isHeading()) {
      return Stream.empty();
    }
    if (!subTracks.isEmpty()) {
      return subTracks.stream().flatMap(Track::playable);
    }
    return type.equals(TrackType.INDEX) ? Stream.empty() : Stream.of(this);
  }

  /** Returns the playable tracks of a whole tracklist, in order. */
  public static List<Track> playable(List<Track> tracklist) {
    return tracklist.stream().flatMap(Track::playable).toList();
  }
}
