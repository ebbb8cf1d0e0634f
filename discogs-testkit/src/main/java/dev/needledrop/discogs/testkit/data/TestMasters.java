package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.Track;
import dev.needledrop.discogs.model.database.Video;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds {@link Master} records for tests, with sensible defaults for every part. */
public final class TestMasters {

  private TestMasters() {}

  /** Starts a master with the id, whose main release has the same number by default. */
  public static Builder master(long id) {
    return new Builder(MasterId.of(id));
  }

  /** Starts from an existing master, to change some of its parts. */
  public static Builder from(Master master) {
    return new Builder(master);
  }

  /** Builds a master; every setter replaces the value it names. */
  public static final class Builder {

    private final MasterId id;
    private String title;
    private ReleaseId mainRelease;
    private Optional<ReleaseId> mostRecentRelease = Optional.empty();
    private String uri;
    private List<ArtistCredit> artists = List.of(TestParts.artist(1, "Test Artist"));
    private List<String> genres = List.of("Electronic");
    private List<String> styles = List.of("Techno");
    private OptionalInt year = OptionalInt.of(1999);
    private List<Track> tracklist = List.of(TestParts.track("A1", "Opening", "4:08"));
    private List<Image> images = List.of();
    private List<Video> videos = List.of();
    private String dataQuality = "Correct";
    private String notes = "";
    // Discogs sends the count on every current record, 0 when nothing is for sale.
    private OptionalInt numForSale = OptionalInt.of(0);
    private Optional<Money> lowestPrice = Optional.empty();

    private Builder(MasterId id) {
      this.id = id;
      this.title = "Master " + id.value();
      this.mainRelease = ReleaseId.of(id.value());
      this.uri = "https://www.discogs.com/master/" + id.value();
    }

    private Builder(Master master) {
      this(master.id());
      title = master.title();
      mainRelease = master.mainRelease();
      mostRecentRelease = master.mostRecentRelease();
      uri = master.uri();
      artists = master.artists();
      genres = master.genres();
      styles = master.styles();
      year = master.year();
      tracklist = master.tracklist();
      images = master.images();
      videos = master.videos();
      dataQuality = master.dataQuality();
      notes = master.notes();
      numForSale = master.numForSale();
      lowestPrice = master.lowestPrice();
    }

    public Builder title(String value) {
      title = value;
      return this;
    }

    public Builder mainRelease(long value) {
      mainRelease = ReleaseId.of(value);
      return this;
    }

    public Builder mostRecentRelease(long value) {
      mostRecentRelease = Optional.of(ReleaseId.of(value));
      return this;
    }

    public Builder uri(String value) {
      uri = value;
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

    public Builder year(int value) {
      year = OptionalInt.of(value);
      return this;
    }

    public Builder tracklist(Track... values) {
      tracklist = List.of(values);
      return this;
    }

    public Builder images(Image... values) {
      images = List.of(values);
      return this;
    }

    public Builder videos(Video... values) {
      videos = List.of(values);
      return this;
    }

    public Builder dataQuality(String value) {
      dataQuality = value;
      return this;
    }

    public Builder notes(String value) {
      notes = value;
      return this;
    }

    /** Puts copies on sale, the cheapest at the price (text such as {@code "12.5"}). */
    public Builder forSale(int copies, String lowestAmount, Currency currency) {
      numForSale = OptionalInt.of(copies);
      lowestPrice = Optional.of(new Money(new BigDecimal(lowestAmount), currency));
      return this;
    }

    /**
     * Sets the number of copies for sale, keeping the lowest price; empty models a record from
     * before Discogs sent the count.
     */
    public Builder numForSale(OptionalInt value) {
      numForSale = value;
      return this;
    }

    /** Sets the lowest price, keeping the number of copies on sale. */
    public Builder lowestPrice(Money value) {
      lowestPrice = Optional.of(value);
      return this;
    }

    /** Builds the master. */
    public Master build() {
      return new Master(
          id,
          title,
          mainRelease,
          mostRecentRelease,
          uri,
          artists,
          genres,
          styles,
          year,
          tracklist,
          images,
          videos,
          dataQuality,
          notes,
          numForSale,
          lowestPrice);
    }
  }
}
