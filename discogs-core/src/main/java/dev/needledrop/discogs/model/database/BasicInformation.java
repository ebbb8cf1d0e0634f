package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The short description of a release that collection items and wantlist entries carry: enough to
 * show it in a list, not the whole release (no tracklist, notes or community data).
 *
 * @param year the release year, empty when unknown (Discogs writes 0)
 * @param thumb the thumbnail URL, empty when withheld or absent
 * @param coverImage the cover image URL, empty when withheld or absent
 * @param masterId the master release, empty when the release has none (Discogs writes 0 or null)
 */
public record BasicInformation(
    ReleaseId id,
    String title,
    OptionalInt year,
    String thumb,
    String coverImage,
    List<Format> formats,
    List<EntityCredit> labels,
    List<ArtistCredit> artists,
    List<String> genres,
    List<String> styles,
    Optional<MasterId> masterId) {

  /** Creates the description, reading absent parts as empty. */
  public BasicInformation {
    Objects.requireNonNull(id, "id");
    title = Values.text(title);
    year = Values.year(year);
    thumb = Values.text(thumb);
    coverImage = Values.text(coverImage);
    formats = Values.list(formats);
    labels = Values.list(labels);
    artists = Values.list(artists);
    genres = Values.list(genres);
    styles = Values.list(styles);
    masterId = Values.optional(masterId);
  }

  /** Returns the main artists joined as Discogs displays them, such as {@code "A & B"}. */
  public String artistsDisplay() {
    return ArtistNames.join(artists);
  }
}
