package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.lists.ListItem;
import dev.needledrop.discogs.model.lists.ListItemType;
import dev.needledrop.discogs.model.lists.UserList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@link UserList} records (users' lists) with sensible defaults. */
public final class TestLists {

  private TestLists() {}

  /** Starts a public list with a name, a description, two dates and no items or owner. */
  public static Builder list(long id) {
    return new Builder(ListId.of(id));
  }

  /** Returns an entry pointing to a release, with a comment and no stats. */
  public static ListItem release(long id, String title) {
    return new ListItem(
        id,
        ListItemType.RELEASE,
        title,
        "A comment on " + title,
        "https://www.discogs.com/release/" + id,
        "https://i.discogs.com/list-" + id + ".jpeg",
        ItemStats.NONE);
  }

  /** Builds a list; every setter replaces the value it names. */
  public static final class Builder {

    private final ListId id;
    private String name;
    private String description = "A test list.";
    private boolean isPublic = true;
    private Optional<Timestamp> dateAdded = Optional.of(Timestamp.of("2023-04-01T10:00:00-07:00"));
    private Optional<Timestamp> dateChanged =
        Optional.of(Timestamp.of("2023-04-02T10:00:00-07:00"));
    private String uri;
    private Optional<UserRef> owner = Optional.empty();
    private String imageUrl = "";
    private final List<ListItem> items = new ArrayList<>();

    private Builder(ListId id) {
      this.id = id;
      this.name = "List " + id.value();
      this.uri = "https://www.discogs.com/lists/list-" + id.value() + "/" + id.value();
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder description(String value) {
      description = value;
      return this;
    }

    public Builder isPublic(boolean value) {
      isPublic = value;
      return this;
    }

    public Builder owner(UserRef value) {
      owner = Optional.of(value);
      return this;
    }

    public Builder imageUrl(String value) {
      imageUrl = value;
      return this;
    }

    /** Adds entries, after those given before. */
    public Builder items(ListItem... values) {
      items.addAll(List.of(values));
      return this;
    }

    public UserList build() {
      return new UserList(
          id, name, description, isPublic, dateAdded, dateChanged, uri, owner, imageUrl, items);
    }
  }
}
