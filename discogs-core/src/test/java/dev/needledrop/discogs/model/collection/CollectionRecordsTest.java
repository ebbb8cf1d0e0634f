package dev.needledrop.discogs.model.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.BasicInformation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CollectionRecordsTest {

  private static final BasicInformation RELEASE =
      new BasicInformation(
          ReleaseId.of(42),
          null,
          OptionalInt.of(0),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null);

  @Nested
  class Items {

    @Test
    void readsAbsentPartsAsEmpty() {
      CollectionItem item =
          new CollectionItem(
              ReleaseId.of(42), InstanceId.of(7), FolderId.ALL, 0, null, RELEASE, null);

      assertThat(item.notes()).isEmpty();
      assertThat(item.dateAdded()).isEmpty();
      assertThat(item.release().year()).isEmpty();
      assertThat(item.release().title()).isEmpty();
      assertThat(item.release().masterId()).isEmpty();
    }

    @Test
    void refusesARatingOutsideZeroToFive() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  new CollectionItem(
                      ReleaseId.of(42), InstanceId.of(7), FolderId.ALL, 6, null, RELEASE, null))
          .withMessageContaining("rating must be from 0 to 5");
    }

    @Test
    void findsTheValueOfAFieldAndItsReference() {
      CollectionItem item =
          new CollectionItem(
              ReleaseId.of(42),
              InstanceId.of(7),
              FolderId.of(5),
              3,
              Optional.empty(),
              RELEASE,
              List.of(
                  new FieldValue(FieldId.of(3), "verbatim  text "),
                  new FieldValue(FieldId.of(1), null)));

      assertThat(item.note(FieldId.of(3))).contains("verbatim  text ");
      assertThat(item.note(FieldId.of(1))).contains("");
      assertThat(item.note(FieldId.of(2))).isEmpty();
      assertThat(item.ref())
          .isEqualTo(new InstanceRef(FolderId.of(5), ReleaseId.of(42), InstanceId.of(7)));
      assertThat(item.ref().inFolder(FolderId.UNCATEGORIZED).folder())
          .isEqualTo(FolderId.UNCATEGORIZED);
    }
  }

  @Nested
  class Fields {

    @Test
    void acceptOnlyTheirOptionsWhenTheyAreDropdowns() {
      CustomField dropdown =
          new CustomField(
              FieldId.of(1), "Media", 1, true, FieldType.DROPDOWN, List.of("Mint (M)"), null);
      CustomField textarea =
          new CustomField(
              FieldId.of(3), "Notes", 3, true, FieldType.TEXTAREA, null, OptionalInt.of(3));

      assertThat(dropdown.accepts("Mint (M)")).isTrue();
      assertThat(dropdown.accepts("Shiny")).isFalse();
      assertThat(textarea.accepts("anything at all")).isTrue();
      assertThat(textarea.options()).isEmpty();
      assertThat(dropdown.lines()).isEmpty();
    }

    @Test
    void keepKindsTheSdkDoesNotKnow() {
      assertThat(FieldType.of("checkbox").isKnown()).isFalse();
      assertThat(FieldType.of("dropdown")).isEqualTo(FieldType.DROPDOWN);
      assertThat(FieldType.DROPDOWN.isKnown()).isTrue();
      assertThat(new CustomField(FieldId.of(9), null, 0, false, null, null, null).type().value())
          .isEmpty();
    }
  }

  @Test
  void foldersReadANegativeCountAsZero() {
    assertThat(new Folder(FolderId.ALL, null, -3)).isEqualTo(new Folder(FolderId.ALL, "", 0));
  }
}
