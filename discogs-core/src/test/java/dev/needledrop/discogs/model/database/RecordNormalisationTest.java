package dev.needledrop.discogs.model.database;

import static dev.needledrop.discogs.model.database.TestRecords.recordWith;
import static dev.needledrop.discogs.model.database.TestRecords.releaseWithOnlyAnId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Records read what Discogs left out or sent as null as empty values, never as null. */
class RecordNormalisationTest {

  @Nested
  class ReleaseRecord {

    /** Case B01: null or missing lists come back empty. */
    @Test
    void readsNullListsAsEmptyLists() {
      Release release = releaseWithOnlyAnId();

      assertThat(release.artists()).isEmpty();
      assertThat(release.extraArtists()).isEmpty();
      assertThat(release.labels()).isEmpty();
      assertThat(release.series()).isEmpty();
      assertThat(release.companies()).isEmpty();
      assertThat(release.formats()).isEmpty();
      assertThat(release.genres()).isEmpty();
      assertThat(release.styles()).isEmpty();
      assertThat(release.tracklist()).isEmpty();
      assertThat(release.images()).isEmpty();
      assertThat(release.videos()).isEmpty();
      assertThat(release.identifiers()).isEmpty();
    }

    @Test
    void readsNullTextsAsEmptyTexts() {
      Release release = releaseWithOnlyAnId();

      assertThat(release.title()).isEmpty();
      assertThat(release.status()).isEmpty();
      assertThat(release.dataQuality()).isEmpty();
      assertThat(release.uri()).isEmpty();
      assertThat(release.artistsSort()).isEmpty();
      assertThat(release.thumb()).isEmpty();
      assertThat(release.country()).isEmpty();
      assertThat(release.releasedFormatted()).isEmpty();
      assertThat(release.notes()).isEmpty();
    }

    /** Case B03: absent price and weight stay absent instead of becoming 0. */
    @Test
    void readsNullOptionalsAsEmpty() {
      Release release = releaseWithOnlyAnId();

      assertThat(release.lowestPrice()).isEmpty();
      assertThat(release.estimatedWeight()).isEmpty();
      assertThat(release.formatQuantity()).isEmpty();
      assertThat(release.masterId()).isEmpty();
      assertThat(release.dateAdded()).isEmpty();
      assertThat(release.dateChanged()).isEmpty();
      assertThat(release.blockedFromSale()).isEmpty();
      assertThat(release.offensive()).isEmpty();
    }

    /** A release recorded without num_for_sale has an unknown count, not zero copies for sale. */
    @Test
    void readsAnAbsentCountForSaleAsUnknownRatherThanZero() {
      Release release = releaseWithOnlyAnId();

      assertThat(release.numForSale()).isEmpty();
      assertThat(TestRecords.masterWith(null, null).numForSale()).isEmpty();
    }

    @Test
    void readsAMissingCommunityBlockAndDateAsEmpty() {
      Release release = releaseWithOnlyAnId();

      assertThat(release.community()).isEqualTo(Community.EMPTY);
      assertThat(release.released().isAbsent()).isTrue();
    }

    @Test
    void readsYearZeroAsAnUnknownYear() {
      Release release = releaseWithYear(OptionalInt.of(0));

      assertThat(release.year()).isEmpty();
    }

    @Test
    void keepsARealYear() {
      assertThat(releaseWithYear(OptionalInt.of(2004)).year()).hasValue(2004);
    }

    @Test
    void keepsThePresentListsWithTheirItems() {
      Release release =
          recordWith(
              Release.class,
              Map.of(
                  "id", ReleaseId.of(9000001),
                  "title", "Example Release",
                  "genres", List.of("Electronic"),
                  "country", "Germany",
                  "year", OptionalInt.of(2004)));

      assertThat(release.genres()).containsExactly("Electronic");
      assertThat(release.country()).isEqualTo("Germany");
    }

    @Test
    void readsANegativeCountForSaleAsUnknown() {
      Release release =
          recordWith(
              Release.class, Map.of("id", ReleaseId.of(1), "numForSale", OptionalInt.of(-3)));

      assertThat(release.numForSale()).isEmpty();
    }

    @Test
    void requiresAnId() {
      assertThatNullPointerException()
          .isThrownBy(() -> recordWith(Release.class, Map.of()))
          .withMessage("id");
    }

    private static Release releaseWithYear(OptionalInt year) {
      return recordWith(Release.class, Map.of("id", ReleaseId.of(1), "year", year));
    }
  }

  @Nested
  class Lists {

    @Test
    void areCopiedSoThatLaterChangesToTheSourceDoNotShow() {
      List<String> genres = new ArrayList<>(List.of("Rock"));
      Format format = new Format("Vinyl", "1", genres, "");

      genres.add("Pop");

      assertThat(format.descriptions()).containsExactly("Rock");
    }

    @Test
    void cannotBeModified() {
      Format format = new Format("Vinyl", "1", new ArrayList<>(List.of("LP")), "");

      assertThat(format.descriptions()).isUnmodifiable();
    }

    @Test
    void dropNullElements() {
      Format format = new Format("Vinyl", "1", Arrays.asList("LP", null, "Album"), "");

      assertThat(format.descriptions()).containsExactly("LP", "Album");
    }
  }

  @Nested
  class MasterRecord {

    @Test
    void readsAbsentPartsAsEmpty() {
      Master master = TestRecords.masterWith(null, null);

      assertThat(master.title()).isEmpty();
      assertThat(master.artists()).isEmpty();
      assertThat(master.tracklist()).isEmpty();
      assertThat(master.images()).isEmpty();
      assertThat(master.videos()).isEmpty();
      assertThat(master.year()).isEmpty();
      assertThat(master.mostRecentRelease()).isEmpty();
      assertThat(master.lowestPrice()).isEmpty();
      assertThat(master.notes()).isEmpty();
    }

    @Test
    void requiresItsMainRelease() {
      assertThatNullPointerException()
          .isThrownBy(() -> recordWith(Master.class, Map.of("id", MasterId.of(1))))
          .withMessage("mainRelease");
    }
  }

  @Nested
  class SmallerRecords {

    @Test
    void anArtistReadsAbsentPartsAsEmpty() {
      Artist artist =
          new Artist(
              ArtistId.of(45), null, null, null, null, null, null, null, null, null, null, null);

      assertThat(artist.name()).isEmpty();
      assertThat(artist.realName()).isEmpty();
      assertThat(artist.profile()).isEmpty();
      assertThat(artist.urls()).isEmpty();
      assertThat(artist.nameVariations()).isEmpty();
      assertThat(artist.aliases()).isEmpty();
      assertThat(artist.members()).isEmpty();
      assertThat(artist.groups()).isEmpty();
      assertThat(artist.images()).isEmpty();
    }

    @Test
    void aLabelReadsAbsentPartsAsEmpty() {
      Label label = new Label(LabelId.of(1), null, null, null, null, null, null, null, null, null);

      assertThat(label.name()).isEmpty();
      assertThat(label.contactInfo()).isEmpty();
      assertThat(label.sublabels()).isEmpty();
      assertThat(label.parentLabel()).isEmpty();
    }

    @Test
    void aCreditReadsAbsentPartsAsEmpty() {
      ArtistCredit credit = new ArtistCredit(null, null, null, null, null, null, null);

      assertThat(credit.id()).isEmpty();
      assertThat(credit.name()).isEmpty();
      assertThat(credit.join()).isEmpty();
      assertThat(credit.displayName()).isEmpty();
    }

    @Test
    void anEntityCreditKeepsNoneAndEmptyCatalogueNumbersApart() {
      EntityCredit none = new EntityCredit(Optional.of(LabelId.of(1)), "L", "none", "1", "", "");
      EntityCredit empty = new EntityCredit(Optional.of(LabelId.of(1)), "L", null, "1", "", "");

      assertThat(none.catno()).isEqualTo("none");
      assertThat(empty.catno()).isEmpty();
    }

    @Test
    void anEntityCreditReadsItsTypeNumberLeniently() {
      assertThat(new EntityCredit(null, "", "", "17", "", "").entityTypeNumber()).hasValue(17);
      assertThat(new EntityCredit(null, "", "", "", "", "").entityTypeNumber()).isEmpty();
      assertThat(new EntityCredit(null, "", "", "x", "", "").entityTypeNumber()).isEmpty();
    }

    @Test
    void aFormatReadsItsQuantityLeniently() {
      assertThat(new Format("Vinyl", " 2 ", null, null).quantityNumber()).hasValue(2);
      assertThat(new Format("Vinyl", "", null, null).quantityNumber()).isEmpty();
      assertThat(new Format("Vinyl", "99999999999", null, null).quantityNumber()).isEmpty();
    }

    @Test
    void aMasterVersionReadsAbsentPartsAsEmpty() {
      MasterVersion version =
          new MasterVersion(
              ReleaseId.of(1), null, null, null, null, null, null, null, null, null, null);

      assertThat(version.released().isAbsent()).isTrue();
      assertThat(version.majorFormats()).isEmpty();
      assertThat(version.stats()).isEqualTo(ItemStats.NONE);
    }

    @Test
    void aLabelReleaseReadsYearZeroAsUnknown() {
      LabelRelease release =
          new LabelRelease(
              ReleaseId.of(1), null, null, null, null, OptionalInt.of(0), null, null, null);

      assertThat(release.year()).isEmpty();
      assertThat(release.stats()).isEqualTo(ItemStats.NONE);
    }

    @Test
    void aCommunityBlockReadsAbsentPartsAsEmpty() {
      Community community = new Community(3, 41, null, null, null, null, null);

      assertThat(community.rating()).isEqualTo(RatingSummary.NONE);
      assertThat(community.submitter()).isEmpty();
      assertThat(community.contributors()).isEmpty();
    }

    @Test
    void statsReadAbsentPartsAsEmpty() {
      assertThat(new ItemStats(null, null)).isEqualTo(ItemStats.NONE);
      assertThat(ItemStats.NONE.community()).isEmpty();
      assertThat(new ReleaseStats(null, null, null).numHave()).isEmpty();
      assertThat(new CommunityRating(ReleaseId.of(1), null).rating()).isEqualTo(RatingSummary.NONE);
    }

    @Test
    void aVideoReadsAbsentPartsAsEmpty() {
      Video video = new Video(null, null, null, null, true);

      assertThat(video.uri()).isEmpty();
      assertThat(video.duration()).isZero();
    }

    @Test
    void anImageAndAnIdentifierReadAbsentTextsAsEmpty() {
      assertThat(new Image(null, null, null, 0, 0).uri()).isEmpty();
      assertThat(new Identifier(null, null, null).value()).isEmpty();
    }
  }
}
