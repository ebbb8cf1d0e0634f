package dev.needledrop.discogs.model.database;

import static dev.needledrop.discogs.model.database.TestRecords.credit;
import static dev.needledrop.discogs.model.database.TestRecords.creditAs;
import static dev.needledrop.discogs.model.database.TestRecords.masterWith;
import static dev.needledrop.discogs.model.database.TestRecords.releaseWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ArtistsDisplayTest {

  private static String display(ArtistCredit... credits) {
    return releaseWith(null, List.of(credits)).artistsDisplay();
  }

  @Nested
  class OfARelease {

    @Test
    void isEmptyWithoutArtists() {
      assertThat(display()).isEmpty();
    }

    @Test
    void isTheNameOfASingleArtistIgnoringItsJoin() {
      assertThat(display(credit("Rick Astley", "&"))).isEqualTo("Rick Astley");
    }

    @Test
    void joinsWithTheJoinWordSurroundedBySpaces() {
      assertThat(display(credit("Simon", "&"), credit("Garfunkel", "")))
          .isEqualTo("Simon & Garfunkel");
    }

    @Test
    void trimsAJoinThatAlreadyHasSpaces() {
      assertThat(display(credit("A", " feat. "), credit("B", ""))).isEqualTo("A feat. B");
    }

    @Test
    void joinsWithACommaFollowedByASpace() {
      assertThat(display(credit("A", ","), credit("B", "&"), credit("C", "")))
          .isEqualTo("A, B & C");
    }

    @Test
    void readsAMissingJoinAsAComma() {
      assertThat(display(credit("A", ""), credit("B", ""))).isEqualTo("A, B");
      assertThat(display(credit("A", "  "), credit("B", ""))).isEqualTo("A, B");
    }

    @Test
    void showsTheNameVariationPrintedOnTheRelease() {
      assertThat(display(creditAs("Prince", "The Artist", "&"), credit("Band (2)", "")))
          .isEqualTo("The Artist & Band (2)");
    }
  }

  @Nested
  class OfAMaster {

    @Test
    void joinsAsForARelease() {
      assertThat(masterWith(null, List.of(credit("A", "Vs."), credit("B", ""))).artistsDisplay())
          .isEqualTo("A Vs. B");
    }
  }

  @Nested
  class DisplayNameOfACredit {

    @Test
    void isTheNameWithoutAVariation() {
      assertThat(credit("Name (2)", "").displayName()).isEqualTo("Name (2)");
    }

    @Test
    void isTheVariationWhenThereIsOne() {
      assertThat(creditAs("Name (2)", "Name", "").displayName()).isEqualTo("Name");
    }
  }
}
