package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One hit of a database search: a release, a master, an artist or a label.
 *
 * <p>Releases and masters carry catalogue details (country, year, formats, labels, ...); artists
 * and labels carry only the common fields, and their other lists are empty. Use {@link
 * #releaseId()}, {@link #masterId()}, {@link #artistId()} or {@link #labelId()} to follow a hit.
 *
 * @param type {@code release}, {@code master}, {@code artist} or {@code label}, as Discogs sent it
 * @param title {@code "Artist - Title"} for releases and masters, the name for artists and labels
 * @param uri the path of the hit's page on the Discogs website, such as {@code /release/1-Title}
 * @param master the master of a release hit, or the hit itself for a master; Discogs' {@code 0} and
 *     {@code null} read as empty, so no call is ever made for master 0
 * @param year the year, empty when Discogs sent none or an empty text
 * @param formats format names and descriptions, such as {@code Vinyl}, {@code 12"}
 * @param userData whether the calling user has the hit, when authenticated as a user
 */
public record SearchResult(
    long id,
    String type,
    String title,
    String thumb,
    String coverImage,
    String uri,
    Optional<MasterId> master,
    String country,
    OptionalInt year,
    List<String> formats,
    List<String> labels,
    List<String> genres,
    List<String> styles,
    List<String> barcodes,
    String catno,
    Optional<HaveWant> community,
    OptionalInt formatQuantity,
    Optional<UserData> userData) {

  /** Creates a hit, reading absent parts as empty. */
  public SearchResult {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive, but was " + id);
    }
    type = Values.text(type);
    title = Values.text(title);
    thumb = Values.text(thumb);
    coverImage = Values.text(coverImage);
    uri = Values.text(uri);
    master = Values.optional(master);
    country = Values.text(country);
    year = Values.year(year);
    formats = Values.list(formats);
    labels = Values.list(labels);
    genres = Values.list(genres);
    styles = Values.list(styles);
    barcodes = Values.list(barcodes);
    catno = Values.text(catno);
    community = Values.optional(community);
    formatQuantity = Values.optional(formatQuantity);
    userData = Values.optional(userData);
  }

  /**
   * How many community members have and want a release or master; Discogs sends both whenever it
   * sends the block, so an absent block is the whole {@link SearchResult#community()} being empty.
   */
  public record HaveWant(int have, int want) {}

  /** Whether the calling user has the hit in their wantlist or collection. */
  public record UserData(boolean inWantlist, boolean inCollection) {}

  /** Returns the kind of hit, or empty for a kind this SDK does not know. */
  public Optional<SearchType> kind() {
    return SearchType.fromWire(type);
  }

  /** Returns the release id, when this hit is a release. */
  public Optional<ReleaseId> releaseId() {
    return is(SearchType.RELEASE) ? Optional.of(ReleaseId.of(id)) : Optional.empty();
  }

  /** Returns the master id: the hit itself for a master, its master for a release. */
  public Optional<MasterId> masterId() {
    return is(SearchType.MASTER) ? Optional.of(MasterId.of(id)) : master;
  }

  /** Returns the artist id, when this hit is an artist. */
  public Optional<ArtistId> artistId() {
    return is(SearchType.ARTIST) ? Optional.of(ArtistId.of(id)) : Optional.empty();
  }

  /** Returns the label id, when this hit is a label. */
  public Optional<LabelId> labelId() {
    return is(SearchType.LABEL) ? Optional.of(LabelId.of(id)) : Optional.empty();
  }

  private boolean is(SearchType kind) {
    return kind().filter(kind::equals).isPresent();
  }
}
