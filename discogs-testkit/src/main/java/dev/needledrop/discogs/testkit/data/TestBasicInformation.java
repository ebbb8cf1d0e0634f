package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Format;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds {@link BasicInformation} records, the short release descriptions of collection items and
 * wants, with sensible defaults for every part.
 */
public final class TestBasicInformation {

  private TestBasicInformation() {}

  /** Starts a description of the release with defaults: a title, an artist, a label, a vinyl LP. */
  public static Builder release(long id) {
    return new Builder(ReleaseId.of(id));
  }

  /** Starts from an existing description, to change some of its parts. */
  public static Builder from(BasicInformation release) {
    return new Builder(release);
  }

  /** Builds a description; every setter replaces the value it names. */
  public static final class Builder {

    private final ReleaseId id;
    private String title;
    private OptionalInt year = OptionalInt.of(1999);
    private String thumb;
    private String coverImage;
    private List<Format> formats = List.of(TestParts.format("Vinyl", "LP", "Album"));
    private List<EntityCredit> labels;
    private List<ArtistCredit> artists;
    private List<String> genres = List.of("Electronic");
    private List<String> styles = List.of("Techno");
    private Optional<MasterId> masterId = Optional.empty();

    private Builder(ReleaseId id) {
      this.id = id;
      this.title = "Release " + id.value();
      this.thumb = "https://i.discogs.com/thumb-" + id.value() + ".jpeg";
      this.coverImage = "https://i.discogs.com/cover-" + id.value() + ".jpeg";
      this.labels = List.of(TestParts.label(id.value() + 1, "Label " + id.value(), "CAT-" + id));
      this.artists = List.of(TestParts.artist(id.value() + 2, "Artist " + id.value()));
    }

    private Builder(BasicInformation release) {
      this(release.id());
      title = release.title();
      year = release.year();
      thumb = release.thumb();
      coverImage = release.coverImage();
      formats = release.formats();
      labels = release.labels();
      artists = release.artists();
      genres = release.genres();
      styles = release.styles();
      masterId = release.masterId();
    }

    public Builder title(String value) {
      title = value;
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

    public Builder thumb(String value) {
      thumb = value;
      return this;
    }

    public Builder coverImage(String value) {
      coverImage = value;
      return this;
    }

    public Builder formats(Format... values) {
      formats = List.of(values);
      return this;
    }

    public Builder labels(EntityCredit... values) {
      labels = List.of(values);
      return this;
    }

    public Builder artists(ArtistCredit... values) {
      artists = List.of(values);
      return this;
    }

    public Builder genres(String... values) {
      genres = List.of(values);
      return this;
    }

    public Builder styles(String... values) {
      styles = List.of(values);
      return this;
    }

    public Builder master(long value) {
      masterId = Optional.of(MasterId.of(value));
      return this;
    }

    public BasicInformation build() {
      return new BasicInformation(
          id, title, year, thumb, coverImage, formats, labels, artists, genres, styles, masterId);
    }
  }
}
