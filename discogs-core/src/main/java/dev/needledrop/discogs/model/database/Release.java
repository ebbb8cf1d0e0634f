package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A release: one particular edition of a recording, with everything Discogs knows of it.
 *
 * <p>Lists are never null: what Discogs left out or sent as {@code null} reads as an empty list.
 * Numbers Discogs may leave out are optional rather than zero.
 *
 * @param status the submission status, such as {@code Accepted}
 * @param uri the release's page on the Discogs website
 * @param artistsSort the artists as one sortable text, empty when Discogs sent none
 * @param extraArtists release-level credits, each with its {@link ArtistCredit#role()}
 * @param formatQuantity the total number of physical units
 * @param thumb the thumbnail URL, empty when withheld or absent
 * @param year the release year, empty when unknown (Discogs writes 0)
 * @param released the release date as precise as Discogs knows it
 * @param releasedFormatted the release date as Discogs displays it, such as {@code "Jul 1987"}
 * @param notes free text with Discogs markup, unless another text format was asked for
 * @param estimatedWeight the shipping weight in grams
 * @param numForSale how many copies are for sale in the marketplace; empty when Discogs left the
 *     count out or sent {@code null} (older records, blocked releases), which is not the same as 0
 * @param lowestPrice the lowest marketplace price, in the currency asked for; empty when nothing is
 *     for sale
 * @param blockedFromSale whether Discogs forbids selling this release, when it says
 * @param offensive whether Discogs flags this release as offensive, when it says
 */
public record Release(
    ReleaseId id,
    String title,
    String status,
    String dataQuality,
    String uri,
    List<ArtistCredit> artists,
    String artistsSort,
    List<ArtistCredit> extraArtists,
    List<EntityCredit> labels,
    List<EntityCredit> series,
    List<EntityCredit> companies,
    List<Format> formats,
    OptionalInt formatQuantity,
    List<String> genres,
    List<String> styles,
    List<Track> tracklist,
    List<Image> images,
    String thumb,
    List<Video> videos,
    List<Identifier> identifiers,
    Community community,
    String country,
    OptionalInt year,
    PartialDate released,
    String releasedFormatted,
    String notes,
    Optional<MasterId> masterId,
    Optional<Timestamp> dateAdded,
    Optional<Timestamp> dateChanged,
    OptionalInt estimatedWeight,
    OptionalInt numForSale,
    Optional<Money> lowestPrice,
    Optional<Boolean> blockedFromSale,
    Optional<Boolean> offensive) {

  /** Creates a release, reading absent parts as empty. */
  public Release {
    Objects.requireNonNull(id, "id");
    title = Values.text(title);
    status = Values.text(status);
    dataQuality = Values.text(dataQuality);
    uri = Values.text(uri);
    artists = Values.list(artists);
    artistsSort = Values.text(artistsSort);
    extraArtists = Values.list(extraArtists);
    labels = Values.list(labels);
    series = Values.list(series);
    companies = Values.list(companies);
    formats = Values.list(formats);
    formatQuantity = Values.optional(formatQuantity);
    genres = Values.list(genres);
    styles = Values.list(styles);
    tracklist = Values.list(tracklist);
    images = Values.list(images);
    thumb = Values.text(thumb);
    videos = Values.list(videos);
    identifiers = Values.list(identifiers);
    community = community == null ? Community.EMPTY : community;
    country = Values.text(country);
    year = Values.year(year);
    released = released == null ? PartialDate.absent() : released;
    releasedFormatted = Values.text(releasedFormatted);
    notes = Values.text(notes);
    masterId = Values.optional(masterId);
    dateAdded = Values.optional(dateAdded);
    dateChanged = Values.optional(dateChanged);
    estimatedWeight = Values.optional(estimatedWeight);
    numForSale = Values.count(numForSale);
    lowestPrice = Values.optional(lowestPrice);
    blockedFromSale = Values.optional(blockedFromSale);
    offensive = Values.optional(offensive);
  }

  /**
   * Returns the tracks that can be played, in order: index tracks give way to their sub-tracks and
   * headings are left out.
   */
  public List<Track> playableTracks() {
    return Track.playable(tracklist);
  }

  /** Returns the main artists joined as Discogs displays them, such as {@code "A & B"}. */
  public String artistsDisplay() {
    return ArtistNames.join(artists);
  }
}
