package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.ArtistRelease;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds entries of an artist's discography ({@link ArtistRelease}) for tests. */
public final class TestArtistReleases {

  private TestArtistReleases() {}

  /** Starts a release entry with the id, where the artist has the {@code Main} role. */
  public static Builder release(long id) {
    return new Builder(id, "release")
        .format("LP, Album")
        .label("Test Records")
        .catno("TEST-" + id)
        .status("Accepted");
  }

  /** Starts a master entry with the id, whose main release has the same number by default. */
  public static Builder master(long id) {
    return new Builder(id, "master").mainRelease(id);
  }

  /** Starts from an existing entry, to change some of its parts. */
  public static Builder from(ArtistRelease entry) {
    return new Builder(entry);
  }

  /** Builds an entry; every setter replaces the value it names. */
  public static final class Builder extends ListingEntryBuilder<Builder> {

    private final long id;
    private final String type;
    private String artist = "Test Artist";
    private String role = "Main";
    private OptionalInt year = OptionalInt.of(1999);
    private String format = "";
    private String label = "";
    private Optional<ReleaseId> mainRelease = Optional.empty();
    private String trackInfo = "";

    private Builder(long id, String type) {
      super("Title " + id, "", "");
      this.id = id;
      this.type = type;
    }

    private Builder(ArtistRelease entry) {
      this(entry.id(), entry.type());
      title = entry.title();
      artist = entry.artist();
      role = entry.role();
      year = entry.year();
      thumb = entry.thumb();
      format = entry.format();
      label = entry.label();
      catno = entry.catno();
      status = entry.status();
      mainRelease = entry.mainRelease();
      trackInfo = entry.trackInfo();
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

    public Builder role(String value) {
      role = value;
      return this;
    }

    public Builder year(int value) {
      year = OptionalInt.of(value);
      return this;
    }

    public Builder noYear() {
      year = OptionalInt.empty();
      return this;
    }

    public Builder format(String value) {
      format = value;
      return this;
    }

    public Builder label(String value) {
      label = value;
      return this;
    }

    public Builder mainRelease(long value) {
      mainRelease = Optional.of(ReleaseId.of(value));
      return this;
    }

    public Builder trackInfo(String value) {
      trackInfo = value;
      return this;
    }

    /** Builds the entry. */
    public ArtistRelease build() {
      return new ArtistRelease(
          id,
          type,
          title,
          artist,
          role,
          year,
          thumb,
          format,
          label,
          catno,
          status,
          mainRelease,
          trackInfo,
          stats);
    }
  }
}
