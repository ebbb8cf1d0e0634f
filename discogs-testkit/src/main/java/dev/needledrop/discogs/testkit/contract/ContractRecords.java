package dev.needledrop.discogs.testkit.contract;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.model.database.ArtistMembership;
import dev.needledrop.discogs.model.database.Community;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Format;
import dev.needledrop.discogs.model.database.Identifier;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.RatingSummary;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.Track;
import dev.needledrop.discogs.model.database.TrackDuration;
import dev.needledrop.discogs.model.database.TrackPosition;
import dev.needledrop.discogs.model.database.TrackType;
import dev.needledrop.discogs.model.database.Video;
import dev.needledrop.discogs.testkit.data.TestArtists;
import dev.needledrop.discogs.testkit.data.TestLabels;
import dev.needledrop.discogs.testkit.data.TestMasters;
import dev.needledrop.discogs.testkit.data.TestParts;
import dev.needledrop.discogs.testkit.data.TestReleases;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Records with every part filled in, so that a round trip through a test double shows any part that
 * gets lost or changed on the way.
 */
final class ContractRecords {

  private ContractRecords() {}

  /** Returns a release using every part, whose title holds the word. */
  static Release release(long id, String word) {
    return TestReleases.release(id)
        .title(word + " Long Player")
        .artists(
            new ArtistCredit(
                Optional.of(ArtistId.of(id + 1)),
                "Alpha (2)",
                "Alfa",
                "&",
                "",
                "",
                "https://i.discogs.com/alpha.jpeg"),
            TestParts.artist(id + 2, "Beta"))
        .artistsSort("Alpha (2) & Beta")
        .extraArtists(TestParts.credit(id + 3, "Producer Person", "Producer"))
        .labels(TestParts.label(id + 4, word + " Records", "CAT-" + id))
        .series(
            new EntityCredit(
                Optional.of(LabelId.of(id + 5)), "A Series", "S-1", "13", "Series", ""))
        .companies(
            new EntityCredit(
                Optional.of(LabelId.of(id + 6)),
                "Pressing Plant",
                "",
                "17",
                "Pressed By",
                "https://i.discogs.com/plant.jpeg"))
        .formats(
            new Format("Vinyl", "2", List.of("LP", "Album"), "Gatefold"),
            TestParts.format("CD", "Album"))
        .genres("Electronic", "Rock")
        .styles("Techno")
        .tracklist(tracklist(id))
        .images(images(id))
        .videos(
            new Video(
                "https://www.youtube.com/watch?v=v" + id,
                "A Video",
                "Its description",
                Duration.ofSeconds(215),
                true))
        .identifiers(
            TestParts.barcode("0 12345 " + id),
            new Identifier("Matrix / Runout", "CAT-" + id + " A1", "Side A runout"))
        .community(community())
        .country("UK")
        .year(1999)
        .released("1999-05-00", "May 1999")
        .notes("Recorded at [l=Example Studio].")
        .master(id + 7)
        .forSale(3, "12.5", Currency.USD)
        .estimatedWeight(OptionalInt.of(460))
        .build();
  }

  /** Returns a master using every part, whose title holds the word. */
  static Master master(long id, String word) {
    return TestMasters.master(id)
        .title(word + " Master")
        .mainRelease(id + 1)
        .mostRecentRelease(id + 2)
        .artists(TestParts.artist(id + 3, "Gamma"))
        .genres("Jazz")
        .styles("Hard Bop", "Modal")
        .year(1959)
        .tracklist(tracklist(id))
        .images(images(id))
        .videos(
            new Video(
                "https://www.youtube.com/watch?v=m" + id,
                "Master Video",
                "",
                Duration.ofSeconds(61),
                false))
        .notes("The [b]master[/b] notes.")
        .forSale(5, "9.99", Currency.USD)
        .build();
  }

  /** Returns an artist using every part, whose name holds the word. */
  static Artist artist(long id, String word) {
    return TestArtists.artist(id)
        .name(word + " Artist")
        .realName("Real Name")
        .profile("Member of [a=Some Group].")
        .urls("https://example.com/artist")
        .nameVariations("The " + word + " Artist", "W. Artist")
        .aliases(TestArtists.ref(id + 1, "An Alias"))
        .groups(
            new ArtistMembership(TestArtists.ref(id + 2, "Some Group"), true),
            new ArtistMembership(TestArtists.ref(id + 3, "Old Group"), false))
        .images(images(id))
        .build();
  }

  /** Returns a label using every part, whose name holds the word. */
  static Label label(long id, String word) {
    return TestLabels.label(id)
        .name(word + " Label")
        .profile("Founded by [a=Someone].")
        .contactInfo("1 Example Street\r\nExample Town")
        .urls("https://example.com/label")
        .images(images(id))
        .sublabels(TestLabels.ref(id + 1, "Sub Label"))
        .parentLabel(TestLabels.ref(id + 2, "Parent Label"))
        .build();
  }

  private static Track[] tracklist(long id) {
    Track heading =
        new Track(
            TrackPosition.of(""),
            TrackType.HEADING,
            "Side A",
            TrackDuration.of(""),
            List.of(),
            List.of(),
            List.of());
    Track credited =
        new Track(
            TrackPosition.of("A1"),
            TrackType.TRACK,
            "Opening",
            TrackDuration.of("4:08"),
            List.of(TestParts.artist(id + 8, "Guest")),
            List.of(TestParts.credit(id + 9, "Remixer", "Remix")),
            List.of());
    Track suite =
        new Track(
            TrackPosition.of(""),
            TrackType.INDEX,
            "Suite",
            TrackDuration.of("12:00"),
            List.of(),
            List.of(),
            List.of(
                TestParts.track("A2.a", "Part One", "6:00"),
                TestParts.track("A2.b", "Part Two", "")));
    return new Track[] {heading, credited, suite};
  }

  private static Image[] images(long id) {
    return new Image[] {
      TestParts.primaryImage("https://i.discogs.com/" + id + "-1.jpeg"),
      new Image(
          "secondary",
          "https://i.discogs.com/" + id + "-2.jpeg",
          "https://i.discogs.com/" + id + "-2-150.jpeg",
          500,
          400)
    };
  }

  private static Community community() {
    return new Community(
        120,
        45,
        new RatingSummary(4.2, 10),
        Optional.of(UserRef.of("contributor_1")),
        List.of(UserRef.of("contributor_1"), UserRef.of("contributor_2")),
        "Needs Vote",
        "Accepted");
  }
}
