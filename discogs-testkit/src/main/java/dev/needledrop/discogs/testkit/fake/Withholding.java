package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.testkit.data.TestArtistReleases;
import dev.needledrop.discogs.testkit.data.TestArtists;
import dev.needledrop.discogs.testkit.data.TestLabelReleases;
import dev.needledrop.discogs.testkit.data.TestLabels;
import dev.needledrop.discogs.testkit.data.TestMasterVersions;
import dev.needledrop.discogs.testkit.data.TestMasters;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import java.util.List;
import java.util.Optional;

/**
 * Trims records to what the caller may see, as the stub does: anonymous callers get images with
 * blank URLs and blank thumbnails; only a user gets the user part of item stats.
 */
final class Withholding {

  private Withholding() {}

  static Release release(Release release, Caller caller) {
    if (!caller.isAnonymous()) {
      return release;
    }
    return TestReleases.from(release).images(blank(release.images())).thumb("").build();
  }

  static Master master(Master master, Caller caller) {
    return caller.isAnonymous()
        ? TestMasters.from(master).images(blank(master.images())).build()
        : master;
  }

  static Artist artist(Artist artist, Caller caller) {
    return caller.isAnonymous()
        ? TestArtists.from(artist).images(blank(artist.images())).build()
        : artist;
  }

  static Label label(Label label, Caller caller) {
    return caller.isAnonymous()
        ? TestLabels.from(label).images(blank(label.images())).build()
        : label;
  }

  static ArtistRelease entry(ArtistRelease entry, Caller caller) {
    TestArtistReleases.Builder builder =
        TestArtistReleases.from(entry).stats(stats(entry.stats(), caller));
    return (caller.isAnonymous() ? builder.thumb("") : builder).build();
  }

  static LabelRelease entry(LabelRelease entry, Caller caller) {
    TestLabelReleases.Builder builder =
        TestLabelReleases.from(entry).stats(stats(entry.stats(), caller));
    return (caller.isAnonymous() ? builder.thumb("") : builder).build();
  }

  static MasterVersion version(MasterVersion version, Caller caller) {
    TestMasterVersions.Builder builder =
        TestMasterVersions.from(version).stats(stats(version.stats(), caller));
    return (caller.isAnonymous() ? builder.thumb("") : builder).build();
  }

  private static ItemStats stats(ItemStats stats, Caller caller) {
    return caller.isUser() ? stats : new ItemStats(stats.community(), Optional.empty());
  }

  private static Image[] blank(List<Image> images) {
    return images.stream()
        .map(image -> new Image(image.type(), "", "", image.width(), image.height()))
        .toArray(Image[]::new);
  }
}
