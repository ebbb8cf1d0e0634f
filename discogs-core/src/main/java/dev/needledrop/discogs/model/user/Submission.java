package dev.needledrop.discogs.model.user;

import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.Release;
import java.util.Objects;

/**
 * An edit a user submitted to the database: a release, an artist or a label, as it stands now.
 *
 * <p>Discogs pages a user's submissions across the three kinds at once; a page holds its releases
 * first, then its artists, then its labels.
 */
public sealed interface Submission {

  /** Returns the id of the submitted object. */
  long id();

  /** A submitted release. */
  record OfRelease(Release release) implements Submission {

    /** Creates the submission. */
    public OfRelease {
      Objects.requireNonNull(release, "release");
    }

    @Override
    public long id() {
      return release.id().value();
    }
  }

  /** A submitted artist. */
  record OfArtist(Artist artist) implements Submission {

    /** Creates the submission. */
    public OfArtist {
      Objects.requireNonNull(artist, "artist");
    }

    @Override
    public long id() {
      return artist.id().value();
    }
  }

  /** A submitted label. */
  record OfLabel(Label label) implements Submission {

    /** Creates the submission. */
    public OfLabel {
      Objects.requireNonNull(label, "label");
    }

    @Override
    public long id() {
      return label.id().value();
    }
  }
}
