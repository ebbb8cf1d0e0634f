package dev.needledrop.discogs.testkit.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.Release;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TestDataBuildersTest {

  @Nested
  class Releases {

    @Test
    void fillsEveryPartWithADefault() {
      Release release = TestReleases.release(5).build();

      assertThat(release.title()).isEqualTo("Release 5");
      assertThat(release.artists()).isNotEmpty();
      assertThat(release.labels())
          .singleElement()
          .satisfies(label -> assertThat(label.catno()).isEqualTo("TEST-5"));
      assertThat(release.playableTracks()).hasSize(2);
      assertThat(release.year()).hasValue(1999);
    }

    @Test
    void rebuildsAnEqualReleaseFromOne() {
      Release release =
          TestReleases.release(5)
              .title("T")
              .master(9)
              .forSale(2, "1.5", Currency.GBP)
              .images(TestParts.primaryImage("https://i/x.jpeg"))
              .build();

      assertThat(TestReleases.from(release).build()).isEqualTo(release);
    }

    @Test
    void keepsTheThumbnailWithTheFirstImage() {
      Release release =
          TestReleases.release(5).images(TestParts.primaryImage("https://i/x.jpeg")).build();

      assertThat(release.thumb()).isEqualTo("https://i/x-150.jpeg");
    }
  }

  @Nested
  class Others {

    @Test
    void rebuildEqualRecordsFromThemselves() {
      var master = TestMasters.master(1).mostRecentRelease(3).notes("n").build();
      var artist = TestArtists.artist(2).aliases(TestArtists.ref(4, "Alias")).build();
      var label = TestLabels.label(3).parentLabel(TestLabels.ref(5, "Parent")).build();
      ArtistRelease entry = TestArtistReleases.master(6).trackInfo("A1").build();
      var labelEntry = TestLabelReleases.release(7).year(1980).build();
      var version = TestMasterVersions.version(8).format("CD", "Album").build();

      assertThat(TestMasters.from(master).build()).isEqualTo(master);
      assertThat(TestArtists.from(artist).build()).isEqualTo(artist);
      assertThat(TestLabels.from(label).build()).isEqualTo(label);
      assertThat(TestArtistReleases.from(entry).build()).isEqualTo(entry);
      assertThat(TestLabelReleases.from(labelEntry).build()).isEqualTo(labelEntry);
      assertThat(TestMasterVersions.from(version).build()).isEqualTo(version);
    }

    @Test
    void makeMasterEntriesPointAtTheirMainRelease() {
      ArtistRelease entry = TestArtistReleases.master(6).build();

      assertThat(entry.isMaster()).isTrue();
      assertThat(entry.mainRelease()).isPresent();
    }
  }
}
