package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.Image;
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
  public static final class Builder {

    private final LabelId id;
    private String name;
    private String profile = "A test label.";
    private String contactInfo = "";
    private String uri;
    private List<String> urls = List.of();
    private List<Image> images = List.of();
    private List<LabelRef> sublabels = List.of();
    private Optional<LabelRef> parentLabel = Optional.empty();
    private String dataQuality = "Needs Vote";

    private Builder(LabelId id) {
      this.id = id;
      this.name = "Label " + id.value();
      this.uri = "https://www.discogs.com/label/" + id.value();
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

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder profile(String value) {
      profile = value;
      return this;
    }

    public Builder contactInfo(String value) {
      contactInfo = value;
      return this;
    }

    public Builder uri(String value) {
      uri = value;
      return this;
    }

    public Builder urls(String... values) {
      urls = List.of(values);
      return this;
    }

    public Builder images(Image... values) {
      images = List.of(values);
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

    public Builder dataQuality(String value) {
      dataQuality = value;
      return this;
    }

    /** Builds the label. */
    public Label build() {
      return new Label(
          id, name, profile, contactInfo, uri, urls, images, sublabels, parentLabel, dataQuality);
    }
  }
}
