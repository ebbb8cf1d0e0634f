package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.Master;
import java.util.List;
import java.util.Optional;

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
  public static final class Builder extends ReleaseLikeBuilder<Builder> {

    private final MasterId id;
    private ReleaseId mainRelease;
    private Optional<ReleaseId> mostRecentRelease = Optional.empty();

    private Builder(MasterId id) {
      super(
          "Master " + id.value(),
          "https://www.discogs.com/master/" + id.value(),
          "Correct",
          List.of(TestParts.track("A1", "Opening", "4:08")));
      this.id = id;
      this.mainRelease = ReleaseId.of(id.value());
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

    @Override
    Builder self() {
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
