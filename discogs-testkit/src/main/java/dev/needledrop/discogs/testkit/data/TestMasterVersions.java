package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.PartialDate;
import java.util.List;

/** Builds versions of a master ({@link MasterVersion}) for tests. */
public final class TestMasterVersions {

  private TestMasterVersions() {}

  /** Starts a version for the release id: a UK vinyl LP of 1999 by default. */
  public static Builder version(long id) {
    return new Builder(ReleaseId.of(id));
  }

  /** Starts from an existing version, to change some of its parts. */
  public static Builder from(MasterVersion version) {
    return new Builder(version);
  }

  /** Builds a version; every setter replaces the value it names. */
  public static final class Builder extends ListingEntryBuilder<Builder> {

    private final ReleaseId id;
    private String label = "Test Records";
    private String country = "UK";
    private String format = "LP, Album";
    private List<String> majorFormats = List.of("Vinyl");
    private PartialDate released = PartialDate.of("1999");

    private Builder(ReleaseId id) {
      super("Title " + id.value(), "TEST-" + id.value(), "Accepted");
      this.id = id;
    }

    private Builder(MasterVersion version) {
      this(version.id());
      title = version.title();
      label = version.label();
      country = version.country();
      format = version.format();
      majorFormats = version.majorFormats();
      catno = version.catno();
      released = version.released();
      status = version.status();
      thumb = version.thumb();
      stats = version.stats();
    }

    @Override
    Builder self() {
      return this;
    }

    public Builder label(String value) {
      label = value;
      return this;
    }

    public Builder country(String value) {
      country = value;
      return this;
    }

    /** Sets the main format and the descriptions, such as {@code ("CD", "Album, Reissue")}. */
    public Builder format(String majorFormat, String descriptions) {
      majorFormats = List.of(majorFormat);
      format = descriptions;
      return this;
    }

    /** Sets the release date as Discogs writes it, such as {@code 1992} or {@code 1992-07-00}. */
    public Builder released(String raw) {
      released = PartialDate.of(raw);
      return this;
    }

    /** Builds the version. */
    public MasterVersion build() {
      return new MasterVersion(
          id, title, label, country, format, majorFormats, catno, released, status, thumb, stats);
    }
  }
}
