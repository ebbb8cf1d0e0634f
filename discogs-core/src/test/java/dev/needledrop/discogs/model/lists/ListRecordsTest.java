package dev.needledrop.discogs.model.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.database.ItemStats;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ListRecordsTest {

  @Test
  void summarizesAListWithoutItsItems() {
    UserList list =
        new UserList(
            ListId.of(2),
            "new list",
            null,
            false,
            Optional.of(Timestamp.of("2016-05-31T10:36:30-07:00")),
            null,
            "https://www.discogs.com/lists/new-list/2",
            null,
            null,
            List.of(new ListItem(4674, ListItemType.RELEASE, "Title", null, null, null, null)));

    assertThat(list.summary())
        .isEqualTo(
            new ListSummary(
                ListId.of(2),
                "new list",
                "",
                false,
                Optional.of(Timestamp.of("2016-05-31T10:36:30-07:00")),
                Optional.empty(),
                "https://www.discogs.com/lists/new-list/2"));
    assertThat(list.items().get(0).stats()).isEqualTo(ItemStats.NONE);
    assertThat(list.owner()).isEmpty();
  }

  @Test
  void refusesAnEntryWithoutAnId() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ListItem(0, ListItemType.RELEASE, "", "", "", "", null));
  }

  @Test
  void keepsEntryKindsTheSdkDoesNotKnow() {
    assertThat(ListItemType.of("playlist").isKnown()).isFalse();
    assertThat(ListItemType.of("master")).isEqualTo(ListItemType.MASTER);
  }
}
