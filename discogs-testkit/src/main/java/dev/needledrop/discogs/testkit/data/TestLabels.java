package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRef;
import java.util.List;
import java.util.Optional;

/** Builds {@link Label} records for tests, with sensible defaults for every part. */
public final class TestLabels {

  private TestLabels() {}

  /** Starts a label with the id and defaults: a name, a profile, no sublabels or parent. */
  public static Builder label(long id) {
    return new Builder(LabelId.of(id));
  }

  /** Starts from an existing label, to change some of its parts. */
  public static Builder from(Label label) {
    return new Builder(label);
  }

  /** Returns a reference to another label, for sublabels and parents. */
  public static LabelRef ref(long id, String name) {
    return new LabelRef(LabelId.of(id), name);
  }

  /** Builds a label; every setter replaces the value it names. */
  public static final class Builder extends ArtistLikeBuilder<Builder> {

    private final LabelId id;
    private String contactInfo = "";
    private List<LabelRef> sublabels = List.of();
    private Optional<LabelRef> parentLabel = Optional.empty();

    private Builder(LabelId id) {
      super("Label " + id.value(), "A test label.", "https://www.discogs.com/label/" + id.value());
      this.id = id;
    }

    private Builder(Label label) {
      this(label.id());
      name = label.name();
      profile = label.profile();
      contactInfo = label.contactInfo();
      uri = label.uri();
      urls = label.urls();
      images = label.images();
      sublabels = label.sublabels();
      parentLabel = label.parentLabel();
      dataQuality = label.dataQuality();
    }

    @Override
    Builder self() {
      return this;
    }

    public Builder contactInfo(String value) {
      contactInfo = value;
      return this;
    }

    public Builder sublabels(LabelRef... values) {
      sublabels = List.of(values);
      return this;
    }

    public Builder parentLabel(LabelRef value) {
      parentLabel = Optional.of(value);
      return this;
    }

    /** Builds the label. */
    public Label build() {
      return new Label(
          id, name, profile, contactInfo, uri, urls, images, sublabels, parentLabel, dataQuality);
    }
  }
}
