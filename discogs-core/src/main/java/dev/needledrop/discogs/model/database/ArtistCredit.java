package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ArtistId;
import java.util.Optional;

/**
 * An artist credited on a release, master or track.
 *
 * @param id the artist, empty for the rare credit without a Discogs artist page
 * @param name the artist's name, possibly with a disambiguator such as {@code "Name (2)"}
 * @param anv the name variation printed on the release, empty when none
 * @param join the text joining this credit to the next one, such as {@code "&"} or {@code ","}
 * @param role the credit role, empty for main artists
 * @param tracks the track positions the credit applies to, empty for all
 */
public record ArtistCredit(
    Optional<ArtistId> id,
    String name,
    String anv,
    String join,
    String role,
    String tracks,
    String thumbnailUrl) {

  /** Creates a credit, reading absent parts as empty. */
  public ArtistCredit {
    id = Values.optional(id);
    name = Values.text(name);
    anv = Values.text(anv);
    join = Values.text(join);
    role = Values.text(role);
    tracks = Values.text(tracks);
    thumbnailUrl = Values.text(thumbnailUrl);
  }

  /** Returns the name as printed on the release: the name variation when there is one. */
  public String displayName() {
    return anv.isEmpty() ? name : anv;
  }
}
