package dev.needledrop.discogs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UserDataIdsTest {

  @Nested
  class Folders {

    @Test
    void knowsTheTwoFoldersEveryCollectionHas() {
      assertThat(FolderId.ALL.isAll()).isTrue();
      assertThat(FolderId.ALL.isPermanent()).isTrue();
      assertThat(FolderId.UNCATEGORIZED.isAll()).isFalse();
      assertThat(FolderId.UNCATEGORIZED.isPermanent()).isTrue();
      assertThat(FolderId.of(2).isPermanent()).isFalse();
      assertThat(FolderId.of(0)).isEqualTo(FolderId.ALL);
    }

    @Test
    void refusesNegativeIdsNamingTheParameter() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FolderId.of(-1))
          .withMessage("folderId must be 0 or more, but was -1");
    }

    @Test
    void refusesFolderZeroAsATargetAndNamesFolderOne() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FolderId.ALL.requireWritable("destination"))
          .withMessageStartingWith("destination must not be folder 0")
          .withMessageContaining("use folder 1 (\"Uncategorized\")");
      assertThat(FolderId.UNCATEGORIZED.requireWritable("folder"))
          .isEqualTo(FolderId.UNCATEGORIZED);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 1})
    void refusesToChangeThePermanentFolders(long id) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FolderId.of(id).requireChangeable("folder"))
          .withMessageContaining("cannot be renamed or deleted, but was " + id);
    }

    @Test
    void allowsChangingOwnFolders() {
      assertThat(FolderId.of(232842).requireChangeable("folder")).isEqualTo(FolderId.of(232842));
      assertThat(FolderId.of(232842)).hasToString("232842");
    }
  }

  @Nested
  class PositiveIds {

    @ParameterizedTest
    @ValueSource(longs = {0, -5})
    void refuseZeroAndNegativeValues(long value) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> InstanceId.of(value))
          .withMessage("instanceId must be positive, but was " + value);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> FieldId.of(value))
          .withMessageStartingWith("fieldId");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ListId.of(value))
          .withMessageStartingWith("listId");
    }

    @Test
    void printAsTheirNumber() {
      assertThat(InstanceId.of(1880275113L)).hasToString("1880275113");
      assertThat(FieldId.of(3)).hasToString("3");
      assertThat(ListId.of(2)).hasToString("2");
    }
  }

  @Nested
  class Ratings {

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5})
    void acceptZeroToFiveStars(int stars) {
      assertThat(ItemRating.of(stars).stars()).isEqualTo(stars);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 6, 10})
    void refuseOtherValuesBeforeAnythingIsSent(int stars) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ItemRating.of(stars))
          .withMessage("rating must be from 0 (not rated) to 5 stars, but was " + stars);
    }

    @Test
    void tellWhetherAnyStarsWereGiven() {
      assertThat(ItemRating.NONE.isRated()).isFalse();
      assertThat(ItemRating.of(1).isRated()).isTrue();
    }
  }
}
