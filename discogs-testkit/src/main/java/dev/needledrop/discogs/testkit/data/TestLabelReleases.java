package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.LabelRelease;
import java.util.OptionalInt;

/** Builds entries of a label's catalogue ({@link LabelRelease}) for tests. */
public final class TestLabelReleases {

  private TestLabelReleases() {}

  /** Starts an entry for the release id with defaults. */
  public static Builder release(long id) {
    return new Builder(ReleaseId.of(id));
  }

  /** Starts from an existing entry, to change some of its parts. */
  public static Builder from(LabelRelease entry) {
    return new Builder(entry);
  }

  /** Builds an entry; every setter replaces the value it names. */
  public static final class Builder extends ListingEntryBuilder<Builder> {

    private final ReleaseId id;
    private String artist = "Test Artist";
    private String format = "LP, Album";
    private OptionalInt year = OptionalInt.of(1999);

    private Builder(ReleaseId id) {
      super("Title " + id.value(), "TEST-" + id.value(), "Accepted");
      this.id = id;
    }

    private Builder(LabelRelease entry) {
      this(entry.id());
      title = entry.title();
      artist = entry.artist();
      catno = entry.catno();
      format = entry.format();
      year = entry.year();
      status = entry.status();
      thumb = entry.thumb();
      stats = entry.stats();
    }

    @Override
    Builder self() {
      return this;
    }

    public Builder artist(String value) {
      artist = value;
      return this;
    }

    public Builder format(String value) {
      format = value;
      return this;
    }

    public Builder year(int value) {
      year = OptionalInt.of(value);
      return this;
    }

    /** Builds the entry. */
    public LabelRelease build() {
      return new LabelRelease(id, title, artist, catno, format, year, status, thumb, stats);
    }
  }
}
