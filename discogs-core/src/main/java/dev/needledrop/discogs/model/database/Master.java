package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A master release: the recording that groups all its editions (the versions).
 *
 * <p>A master is not a release: it has no labels, formats, country or community block.
 *
 * @param mainRelease the edition Discogs considers canonical
 * @param mostRecentRelease the newest edition, when Discogs says
 * @param numForSale how many copies of all versions are for sale; empty when Discogs left the count
 *     out or sent {@code null} (older records), which is not the same as 0
 * @param lowestPrice the lowest marketplace price over all versions, empty when nothing is for sale
 */
public record Master(
    MasterId id,
    String title,
    ReleaseId mainRelease,
    Optional<ReleaseId> mostRecentRelease,
    String uri,
    List<ArtistCredit> artists,
    List<String> genres,
    List<String> styles,
    OptionalInt year,
    List<Track> tracklist,
    List<Image> images,
    List<Video> videos,
    String dataQuality,
    String notes,
    OptionalInt numForSale,
    Optional<Money> lowestPrice) {

  /** Creates a master, reading absent parts as empty. */
  public Master {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(mainRelease, "mainRelease");
    title = Values.text(title);
    mostRecentRelease = Values.optional(mostRecentRelease);
    uri = Values.text(uri);
    artists = Values.list(artists);
    genres = Values.list(genres);
    styles = Values.list(styles);
    year = Values.year(year);
    tracklist = Values.list(tracklist);
    images = Values.list(images);
    videos = Values.list(videos);
    dataQuality = Values.text(dataQuality);
    notes = Values.text(notes);
    numForSale = Values.count(numForSale);
    lowestPrice = Values.optional(lowestPrice);
  }

  /** Returns the tracks that can be played, in order, as for a release. */
  public List<Track> playableTracks() {
    return Track.playable(tracklist);
  }

  /** Returns the main artists joined as Discogs displays them. */
  public String artistsDisplay() {
    return ArtistNames.join(artists);
  }
}
