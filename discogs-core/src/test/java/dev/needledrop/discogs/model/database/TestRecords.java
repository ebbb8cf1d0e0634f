package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.List;
import java.util.Optional;

/** Test data: records with the given parts and every other part left null, as a decoder would. */
final class TestRecords {

  private TestRecords() {}

  static Release releaseWith(List<Track> tracklist, List<ArtistCredit> artists) {
    return new Release(
        ReleaseId.of(9000009),
        null,
        null,
        null,
        null,
        artists,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        tracklist,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Release releaseWithOnlyAnId() {
    return releaseWith(null, null);
  }

  static Master masterWith(List<Track> tracklist, List<ArtistCredit> artists) {
    return new Master(
        MasterId.of(96559),
        null,
        ReleaseId.of(249504),
        null,
        null,
        artists,
        null,
        null,
        null,
        tracklist,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  static Track track(String position, String title) {
    return new Track(TrackPosition.of(position), TrackType.TRACK, title, null, null, null, null);
  }

  static Track heading(String title) {
    return new Track(TrackPosition.of(""), TrackType.HEADING, title, null, null, null, null);
  }

  static Track index(String title, Track... subTracks) {
    return new Track(
        TrackPosition.of(""), TrackType.INDEX, title, null, null, null, List.of(subTracks));
  }

  static ArtistCredit credit(String name, String join) {
    return new ArtistCredit(Optional.of(ArtistId.of(1)), name, "", join, "", "", "");
  }

  static ArtistCredit creditAs(String name, String anv, String join) {
    return new ArtistCredit(Optional.of(ArtistId.of(1)), name, anv, join, "", "", "");
  }
}
