package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.model.database.Community;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Format;
import dev.needledrop.discogs.model.database.Identifier;
import dev.needledrop.discogs.model.database.PartialDate;
import dev.needledrop.discogs.model.database.Release;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds {@link Release} records for tests, with sensible defaults for every part:
 *
 * <pre>{@code
 * Release release =
 *     TestReleases.release(249504).title("Never Gonna Give You Up").year(1987).build();
 * }</pre>
 */
public final class TestReleases {

  private TestReleases() {}

  /** Starts a release with the id and defaults: one artist, one label, one LP, two tracks. */
  public static Builder release(long id) {
    return new Builder(ReleaseId.of(id));
  }

  /** Starts from an existing release, to change some of its parts. */
  public static Builder from(Release release) {
    return new Builder(release);
  }

  /** Builds a release; every setter replaces the value it names. */
  public static final class Builder extends ReleaseLikeBuilder<Builder> {

    private final ReleaseId id;
    private String status = "Accepted";
    private String artistsSort = "Test Artist";
    private List<ArtistCredit> extraArtists = List.of();
    private List<EntityCredit> labels;
    private List<EntityCredit> series = List.of();
    private List<EntityCredit> companies = List.of();
    private List<Format> formats = List.of(TestParts.format("Vinyl", "LP", "Album"));
    private OptionalInt formatQuantity = OptionalInt.of(1);
    private String thumb = "";
    private List<Identifier> identifiers = List.of();
    private Community community = TestParts.community(10, 5, 4.5, 2);
    private String country = "UK";
    private PartialDate released = PartialDate.of("1999");
    private String releasedFormatted = "1999";
    private Optional<MasterId> masterId = Optional.empty();
    private Optional<Timestamp> dateAdded = Optional.of(Timestamp.of("2020-01-02T03:04:05-08:00"));
    private Optional<Timestamp> dateChanged =
        Optional.of(Timestamp.of("2021-06-07T08:09:10-07:00"));
    private OptionalInt estimatedWeight = OptionalInt.of(230);
    private Optional<Boolean> blockedFromSale = Optional.of(false);
    private Optional<Boolean> offensive = Optional.of(false);

    private Builder(ReleaseId id) {
      super(
          "Release " + id.value(),
          "https://www.discogs.com/release/" + id.value(),
          "Needs Vote",
          List.of(
              TestParts.track("A1", "Opening", "4:08"), TestParts.track("B1", "Closing", "5:01")));
      this.id = id;
      this.labels = List.of(TestParts.label(1, "Test Records", "TEST-" + id.value()));
    }

    private Builder(Release release) {
      this(release.id());
      title = release.title();
      status = release.status();
      dataQuality = release.dataQuality();
      uri = release.uri();
      artists = release.artists();
      artistsSort = release.artistsSort();
      extraArtists = release.extraArtists();
      labels = release.labels();
      series = release.series();
      companies = release.companies();
      formats = release.formats();
      formatQuantity = release.formatQuantity();
      genres = release.genres();
      styles = release.styles();
      tracklist = release.tracklist();
      copyRest(release);
    }

    private void copyRest(Release release) {
      images = release.images();
      thumb = release.thumb();
      videos = release.videos();
      identifiers = release.identifiers();
      community = release.community();
      country = release.country();
      year = release.year();
      released = release.released();
      releasedFormatted = release.releasedFormatted();
      notes = release.notes();
      masterId = release.masterId();
      dateAdded = release.dateAdded();
      dateChanged = release.dateChanged();
      estimatedWeight = release.estimatedWeight();
      numForSale = release.numForSale();
      lowestPrice = release.lowestPrice();
      blockedFromSale = release.blockedFromSale();
      offensive = release.offensive();
    }

    public Builder status(String value) {
      status = value;
      return this;
    }

    @Override
    Builder self() {
      return this;
    }

    /** Sets the main artists; the sortable artist text follows the first one's name. */
    @Override
    public Builder artists(ArtistCredit... values) {
      artistsSort = values.length == 0 ? "" : values[0].name();
      return super.artists(values);
    }

    public Builder artistsSort(String value) {
      artistsSort = value;
      return this;
    }

    public Builder extraArtists(ArtistCredit... values) {
      extraArtists = List.of(values);
      return this;
    }

    public Builder labels(EntityCredit... values) {
      labels = List.of(values);
      return this;
    }

    public Builder series(EntityCredit... values) {
      series = List.of(values);
      return this;
    }

    public Builder companies(EntityCredit... values) {
      companies = List.of(values);
      return this;
    }

    /** Sets the formats; the format quantity becomes the number of formats. */
    public Builder formats(Format... values) {
      formats = List.of(values);
      formatQuantity = OptionalInt.of(values.length);
      return this;
    }

    public Builder formatQuantity(OptionalInt value) {
      formatQuantity = value;
      return this;
    }

    /** Sets the images; the thumbnail becomes the first image's small URL. */
    @Override
    public Builder images(Image... values) {
      thumb = values.length == 0 ? "" : values[0].uri150();
      return super.images(values);
    }

    public Builder thumb(String value) {
      thumb = value;
      return this;
    }

    public Builder identifiers(Identifier... values) {
      identifiers = List.of(values);
      return this;
    }

    public Builder community(Community value) {
      community = value;
      return this;
    }

    public Builder country(String value) {
      country = value;
      return this;
    }

    /** Sets the year, and the release date to that year. */
    @Override
    public Builder year(int value) {
      released = PartialDate.of(Integer.toString(value));
      releasedFormatted = Integer.toString(value);
      return super.year(value);
    }

    /** Sets the release date as Discogs writes it, such as {@code 1987-07-00}. */
    public Builder released(String raw, String formatted) {
      released = PartialDate.of(raw);
      releasedFormatted = formatted;
      return this;
    }

    public Builder master(long value) {
      masterId = Optional.of(MasterId.of(value));
      return this;
    }

    public Builder dateAdded(String value) {
      dateAdded = Optional.of(Timestamp.of(value));
      return this;
    }

    public Builder dateChanged(String value) {
      dateChanged = Optional.of(Timestamp.of(value));
      return this;
    }

    public Builder estimatedWeight(OptionalInt value) {
      estimatedWeight = value;
      return this;
    }

    public Builder blockedFromSale(boolean value) {
      blockedFromSale = Optional.of(value);
      return this;
    }

    public Builder offensive(boolean value) {
      offensive = Optional.of(value);
      return this;
    }

    /** Builds the release. */
    public Release build() {
      return new Release(
          id,
          title,
          status,
          dataQuality,
          uri,
          artists,
          artistsSort,
          extraArtists,
          labels,
          series,
          companies,
          formats,
          formatQuantity,
          genres,
          styles,
          tracklist,
          images,
          thumb,
          videos,
          identifiers,
          community,
          country,
          year,
          released,
          releasedFormatted,
          notes,
          masterId,
          dateAdded,
          dateChanged,
          estimatedWeight,
          numForSale,
          lowestPrice,
          blockedFromSale,
          offensive);
    }
  }
}
