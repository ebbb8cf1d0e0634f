package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.FieldId;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.InstanceId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.FieldValue;
import dev.needledrop.discogs.model.database.BasicInformation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds {@link CollectionItem} records (copies in a collection) with sensible defaults. */
public final class TestCollectionItems {

  private TestCollectionItems() {}

  /**
   * Starts a copy with the instance id of the release, with defaults: in folder 1, not rated, added
   * on 1 March 2023, described by {@link TestBasicInformation}, without notes.
   */
  public static Builder item(long instanceId, long releaseId) {
    return new Builder(InstanceId.of(instanceId), ReleaseId.of(releaseId));
  }

  /** Starts from an existing copy, to change some of its parts. */
  public static Builder from(CollectionItem item) {
    return new Builder(item);
  }

  /** Builds a copy; every setter replaces the value it names. */
  public static final class Builder {

    private final InstanceId instanceId;
    private final ReleaseId releaseId;
    private FolderId folder = FolderId.UNCATEGORIZED;
    private int rating;
    private Optional<Timestamp> dateAdded = Optional.of(Timestamp.of("2023-03-01T10:00:00-08:00"));
    private BasicInformation release;
    private final List<FieldValue> notes = new ArrayList<>();

    private Builder(InstanceId instanceId, ReleaseId releaseId) {
      this.instanceId = instanceId;
      this.releaseId = releaseId;
      this.release = TestBasicInformation.release(releaseId.value()).build();
    }

    private Builder(CollectionItem item) {
      this(item.instanceId(), item.releaseId());
      folder = item.folderId();
      rating = item.rating();
      dateAdded = item.dateAdded();
      release = item.release();
      notes.addAll(item.notes());
    }

    public Builder folder(FolderId value) {
      folder = value;
      return this;
    }

    public Builder folder(long value) {
      return folder(FolderId.of(value));
    }

    public Builder rating(int value) {
      rating = value;
      return this;
    }

    public Builder dateAdded(String value) {
      dateAdded = Optional.of(Timestamp.of(value));
      return this;
    }

    public Builder release(BasicInformation value) {
      release = value;
      return this;
    }

    /** Adds a custom field value, after those given before. */
    public Builder note(long field, String value) {
      notes.add(new FieldValue(FieldId.of(field), value));
      return this;
    }

    public CollectionItem build() {
      return new CollectionItem(releaseId, instanceId, folder, rating, dateAdded, release, notes);
    }
  }
}
