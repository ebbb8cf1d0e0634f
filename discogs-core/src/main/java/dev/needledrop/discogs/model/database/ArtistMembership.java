package dev.needledrop.discogs.model.database;

import java.util.Objects;

/**
 * A link between a group and a person: a member of a group, or a group a person plays in.
 *
 * @param active whether the membership is current
 */
public record ArtistMembership(ArtistRef artist, boolean active) {

  /** Creates a membership. */
  public ArtistMembership {
    Objects.requireNonNull(artist, "artist");
  }
}
