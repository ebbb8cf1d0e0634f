package dev.needledrop.discogs.model.wantlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.BasicInformation;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class WantUpdateTest {

  @Test
  void combinesANoteAndARating() {
    WantUpdate update = WantUpdate.notes("first pressing").withRating(ItemRating.of(4));

    assertThat(update.notes()).contains("first pressing");
    assertThat(update.rating()).contains(ItemRating.of(4));
    assertThat(update.isEmpty()).isFalse();
    assertThat(WantUpdate.rating(ItemRating.NONE).notes()).isEmpty();
  }

  @Test
  void changesNothingByDefault() {
    assertThat(WantUpdate.nothing().isEmpty()).isTrue();
    assertThat(new WantUpdate(null, null)).isEqualTo(WantUpdate.nothing());
  }

  @Test
  void wantsReadAbsentNotesAsEmptyAndRefuseBadRatings() {
    BasicInformation release =
        new BasicInformation(
            ReleaseId.of(1),
            "T",
            OptionalInt.empty(),
            "",
            "",
            null,
            null,
            null,
            null,
            null,
            Optional.empty());

    assertThat(new Want(ReleaseId.of(1), 0, null, null, null, release).notes()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Want(ReleaseId.of(1), -1, null, null, null, release));
  }
}
