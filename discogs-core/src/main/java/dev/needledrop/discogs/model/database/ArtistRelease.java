package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An entry of an artist's discography: a master or a release, with the artist's role on it.
 *
 * @param id the master id for a master, the release id otherwise; see {@link #masterId()} and
 *     {@link #releaseId()}
 * @param type {@code master} or {@code release}
 * @param artist the credited artist line
 * @param role the artist's role, such as {@code Main}, {@code Remix} or {@code TrackAppearance}
 * @param mainRelease for a master, its main release
 * @param trackInfo for a credit on some tracks only, which ones
 */
public record ArtistRelease(
    long id,
    String type,
    String title,
    String artist,
    String role,
    OptionalInt year,
    String thumb,
    String format,
    String label,
    String catno,
    String status,
    Optional<ReleaseId> mainRelease,
    String trackInfo,
    ItemStats stats) {

  /** Creates an entry, reading absent parts as empty. */
  public ArtistRelease {
    type = Values.text(type);
    title = Values.text(title);
    artist = Values.text(artist);
    role = Values.text(role);
    year = Values.year(year);
    thumb = Values.text(thumb);
    format = Values.text(format);
    label = Values.text(label);
    catno = Values.text(catno);
    status = Values.text(status);
    mainRelease = Values.optional(mainRelease);
    trackInfo = Values.text(trackInfo);
    stats = stats == null ? ItemStats.NONE : stats;
    if (id <= 0) {
      throw new IllegalArgumentException("id must be positive, but was " + id);
    }
  }

  /** Tells whether this entry is a master. */
  public boolean isMaster() {
    return type.equals("master");
  }

  /** Returns the master id, when this entry is a master. */
  public Optional<MasterId> masterId() {
    return isMaster() ? Optional.of(MasterId.of(id)) : Optional.empty();
  }

  /** Returns the release id, when this entry is a release. */
  public Optional<ReleaseId> releaseId() {
    return isMaster() ? Optional.empty() : Optional.of(ReleaseId.of(id));
  }
}
