package dev.needledrop.discogs.model.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseRecordsTest {

  private static SearchResult hit(long id, String type, Optional<MasterId> master) {
    return new SearchResult(
        id, type, null, null, null, null, master, null, null, null, null, null, null, null, null,
        null, null, null);
  }

  private static ArtistRelease entry(long id, String type) {
    return new ArtistRelease(
        id, type, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  @Nested
  class SearchResultIds {

    @Test
    void aReleaseHitPointsToTheReleaseAndItsMaster() {
      SearchResult release = hit(249504, "release", Optional.of(MasterId.of(96559)));

      assertThat(release.kind()).contains(SearchType.RELEASE);
      assertThat(release.releaseId()).contains(ReleaseId.of(249504));
      assertThat(release.masterId()).contains(MasterId.of(96559));
      assertThat(release.artistId()).isEmpty();
      assertThat(release.labelId()).isEmpty();
    }

    @Test
    void aMasterHitPointsToItself() {
      SearchResult master = hit(96559, "master", Optional.of(MasterId.of(96559)));

      assertThat(master.masterId()).contains(MasterId.of(96559));
      assertThat(master.releaseId()).isEmpty();
    }

    @Test
    void artistAndLabelHitsPointToTheirPages() {
      assertThat(hit(45, "artist", null).artistId()).contains(ArtistId.of(45));
      assertThat(hit(1, "label", null).labelId()).contains(LabelId.of(1));
      assertThat(hit(1, "label", null).masterId()).isEmpty();
    }

    @Test
    void aHitOfAnUnknownKindPointsNowhere() {
      SearchResult future = hit(7, "playlist", null);

      assertThat(future.kind()).isEmpty();
      assertThat(future.releaseId()).isEmpty();
      assertThat(future.masterId()).isEmpty();
      assertThat(future.type()).isEqualTo("playlist");
    }

    @Test
    void readsAbsentPartsAsEmpty() {
      SearchResult result = hit(1, null, null);

      assertThat(result.type()).isEmpty();
      assertThat(result.formats()).isEmpty();
      assertThat(result.year()).isEmpty();
      assertThat(result.community()).isEmpty();
      assertThat(result.userData()).isEmpty();
    }

    @Test
    void readsYearZeroAsUnknown() {
      SearchResult result =
          new SearchResult(
              1,
              "release",
              null,
              null,
              null,
              null,
              null,
              null,
              OptionalInt.of(0),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);

      assertThat(result.year()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(longs = {0, -1})
    void refusesAnIdThatIsNotPositive(long id) {
      assertThatIllegalArgumentException().isThrownBy(() -> hit(id, "release", null));
    }
  }

  @Nested
  class SearchTypeWireNames {

    @Test
    void roundTrip() {
      for (SearchType type : SearchType.values()) {
        assertThat(SearchType.fromWire(type.wireName())).contains(type);
      }
      assertThat(SearchType.RELEASE.wireName()).isEqualTo("release");
    }

    @Test
    void unknownOrNullNamesAreEmpty() {
      assertThat(SearchType.fromWire("RELEASE")).isEmpty();
      assertThat(SearchType.fromWire(null)).isEmpty();
    }
  }

  @Nested
  class ArtistReleaseIds {

    @Test
    void aMasterEntryHasAMasterIdOnly() {
      ArtistRelease master = entry(96559, "master");

      assertThat(master.isMaster()).isTrue();
      assertThat(master.masterId()).contains(MasterId.of(96559));
      assertThat(master.releaseId()).isEmpty();
    }

    @Test
    void aReleaseEntryHasAReleaseIdOnly() {
      ArtistRelease release = entry(249504, "release");

      assertThat(release.releaseId()).contains(ReleaseId.of(249504));
      assertThat(release.masterId()).isEmpty();
    }

    @Test
    void readsAbsentPartsAsEmpty() {
      ArtistRelease release = entry(1, null);

      assertThat(release.type()).isEmpty();
      assertThat(release.year()).isEmpty();
      assertThat(release.mainRelease()).isEmpty();
      assertThat(release.stats()).isEqualTo(ItemStats.NONE);
    }

    @Test
    void refusesAnIdThatIsNotPositive() {
      assertThatIllegalArgumentException().isThrownBy(() -> entry(0, "release"));
    }
  }

  @Nested
  class Ratings {

    @ParameterizedTest(name = "{0} stars")
    @ValueSource(ints = {1, 3, 5})
    void aRatingKeepsOneToFiveStars(int stars) {
      assertThat(ReleaseRating.of(stars).stars()).isEqualTo(stars);
    }

    @ParameterizedTest(name = "{0} stars")
    @ValueSource(ints = {0, -1, 6})
    void aRatingRefusesOtherValuesAndSaysHowToClearOne(int stars) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ReleaseRating.of(stars))
          .withMessageContaining("from 1 to 5")
          .withMessageContaining("delete");
    }

    @Test
    void aUserRatingOfZeroMeansNotRated() {
      UserReleaseRating rating = new UserReleaseRating(ReleaseId.of(1), Username.of("me"), 0);

      assertThat(rating.isRated()).isFalse();
      assertThat(new UserReleaseRating(ReleaseId.of(1), Username.of("me"), 4).isRated()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {-1, 6})
    void aUserRatingRefusesValuesOutsideZeroToFive(int rating) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new UserReleaseRating(ReleaseId.of(1), Username.of("me"), rating));
    }
  }
}
