package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.model.database.Community;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Format;
import dev.needledrop.discogs.model.database.Identifier;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.database.RatingSummary;
import dev.needledrop.discogs.model.database.Track;
import dev.needledrop.discogs.model.database.TrackDuration;
import dev.needledrop.discogs.model.database.TrackPosition;
import dev.needledrop.discogs.model.database.TrackType;
import java.util.List;
import java.util.Optional;

/** Short factories for the parts of database records, with the values tests rarely care about. */
public final class TestParts {

  private TestParts() {}

  /** Returns a main artist credit: no name variation, join or role. */
  public static ArtistCredit artist(long id, String name) {
    return new ArtistCredit(Optional.of(ArtistId.of(id)), name, "", "", "", "", "");
  }

  /** Returns a credit with a role, such as {@code Producer}. */
  public static ArtistCredit credit(long id, String name, String role) {
    return new ArtistCredit(Optional.of(ArtistId.of(id)), name, "", "", role, "", "");
  }

  /** Returns a label credit with its catalogue number. */
  public static EntityCredit label(long id, String name, String catno) {
    return new EntityCredit(Optional.of(LabelId.of(id)), name, catno, "1", "Label", "");
  }

  /** Returns a format, such as {@code format("Vinyl", "LP", "Album")}, of one unit. */
  public static Format format(String name, String... descriptions) {
    return new Format(name, "1", List.of(descriptions), "");
  }

  /** Returns a playable track. */
  public static Track track(String position, String title, String duration) {
    return new Track(
        TrackPosition.of(position),
        TrackType.TRACK,
        title,
        TrackDuration.of(duration),
        List.of(),
        List.of(),
        List.of());
  }

  /** Returns a barcode identifier. */
  public static Identifier barcode(String value) {
    return new Identifier("Barcode", value, "");
  }

  /** Returns a primary image of 600 by 600 pixels at the URL, with a thumbnail beside it. */
  public static Image primaryImage(String uri) {
    return new Image("primary", uri, uri.replace(".jpeg", "-150.jpeg"), 600, 600);
  }

  /** Returns a community block with the counts and rating, and no submitter. */
  public static Community community(int have, int want, double average, int votes) {
    return new Community(
        have,
        want,
        new RatingSummary(average, votes),
        Optional.empty(),
        List.of(),
        "Needs Vote",
        "Accepted");
  }

  /** Returns community-only item stats. */
  public static ItemStats stats(int inCollection, int inWantlist) {
    return new ItemStats(
        Optional.of(new ItemStats.Counts(inCollection, inWantlist)), Optional.empty());
  }
}
