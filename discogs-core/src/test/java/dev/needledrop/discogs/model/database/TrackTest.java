package dev.needledrop.discogs.model.database;

import static dev.needledrop.discogs.model.database.TestRecords.heading;
import static dev.needledrop.discogs.model.database.TestRecords.index;
import static dev.needledrop.discogs.model.database.TestRecords.masterWith;
import static dev.needledrop.discogs.model.database.TestRecords.releaseWith;
import static dev.needledrop.discogs.model.database.TestRecords.track;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TrackTest {

  /** Case B11: heading, track, index with two sub-tracks, heading, track, track. */
  private static final List<Track> SUITE_AND_SIDES =
      List.of(
          heading("Side One"),
          track("A1", "Overture"),
          index("Suite No. 1", track("A2a", "I. Morning"), track("A2b", "II. Evening")),
          heading("Side Two"),
          track("B1", "Reprise"),
          track("B2", "Coda"));

  private static List<String> positions(List<Track> tracks) {
    return tracks.stream().map(track -> track.position().raw()).toList();
  }

  @Nested
  class PlayableOfATracklist {

    @Test
    void keepsTracksAndSubTracksInOrderAndLeavesOutHeadingsAndIndexEntries() {
      assertThat(positions(Track.playable(SUITE_AND_SIDES)))
          .containsExactly("A1", "A2a", "A2b", "B1", "B2");
    }

    @Test
    void leavesTheRawTracklistAsItWas() {
      Release release = releaseWith(SUITE_AND_SIDES, null);

      assertThat(release.tracklist())
          .extracting(Track::type)
          .containsExactly(
              TrackType.HEADING,
              TrackType.TRACK,
              TrackType.INDEX,
              TrackType.HEADING,
              TrackType.TRACK,
              TrackType.TRACK);
      assertThat(release.tracklist().get(2).subTracks()).hasSize(2);
    }

    @Test
    void isEmptyForAnEmptyTracklist() {
      assertThat(Track.playable(List.of())).isEmpty();
    }
  }

  @Nested
  class PlayableOfOneEntry {

    @Test
    void aTrackPlaysItself() {
      Track track = track("A1", "Overture");

      assertThat(track.playable()).containsExactly(track);
    }

    @Test
    void aHeadingPlaysNothing() {
      assertThat(heading("Side One").playable()).isEmpty();
      assertThat(heading("Side One").isHeading()).isTrue();
    }

    @Test
    void anIndexWithoutSubTracksPlaysNothing() {
      assertThat(index("Empty Suite").playable()).isEmpty();
    }

    @Test
    void anIndexPlaysItsSubTracksInOrder() {
      assertThat(positions(SUITE_AND_SIDES.get(2).playable().toList()))
          .containsExactly("A2a", "A2b");
    }

    @Test
    void aHeadingWithSubTracksStillPlaysNothing() {
      Track odd =
          new Track(
              TrackPosition.of(""),
              TrackType.HEADING,
              "Odd",
              null,
              null,
              null,
              List.of(track("1", "x")));

      assertThat(odd.playable()).isEmpty();
    }

    @Test
    void anUnknownTypeIsTreatedAsPlayable() {
      Track future =
          new Track(TrackPosition.of("1"), TrackType.of("bonus"), "x", null, null, null, null);

      assertThat(future.playable()).containsExactly(future);
    }
  }

  @Nested
  class PlayableTracksOfReleasesAndMasters {

    @Test
    void aReleaseListsItsPlayableTracks() {
      assertThat(positions(releaseWith(SUITE_AND_SIDES, null).playableTracks()))
          .containsExactly("A1", "A2a", "A2b", "B1", "B2");
    }

    @Test
    void aMasterListsItsPlayableTracks() {
      assertThat(positions(masterWith(SUITE_AND_SIDES, null).playableTracks()))
          .containsExactly("A1", "A2a", "A2b", "B1", "B2");
    }
  }

  @Nested
  class Creation {

    @Test
    void readsAbsentPartsAsEmptyAndTheTypeAsTrack() {
      Track track = new Track(null, null, null, null, null, null, null);

      assertThat(track.position().raw()).isEmpty();
      assertThat(track.type()).isEqualTo(TrackType.TRACK);
      assertThat(track.title()).isEmpty();
      assertThat(track.duration().raw()).isEmpty();
      assertThat(track.duration().toDuration()).isEmpty();
      assertThat(track.artists()).isEmpty();
      assertThat(track.extraArtists()).isEmpty();
      assertThat(track.subTracks()).isEmpty();
    }

    @Test
    void readsAnEmptyTypeAsTrackAndKeepsUnknownTypes() {
      assertThat(TrackType.of("")).isEqualTo(TrackType.TRACK);
      assertThat(new TrackType(null)).isEqualTo(TrackType.TRACK);
      assertThat(TrackType.of("bonus")).hasToString("bonus");
    }
  }
}
