package dev.needledrop.discogs.testkit;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.SearchResult;

/**
 * Puts database records into a test double, so that the same test data can seed the in-memory fake
 * ({@code InMemoryDatabase}) and the stub server ({@link StubCatalogue}) alike.
 *
 * <p>Putting an object with the id of a held one replaces it; adding a listing entry with the id of
 * a held entry (for discographies: the type, id and role, since Discogs lists a release once per
 * role) replaces that entry in place. Listings keep the order entries were added in. Search results
 * are derived from held releases, masters, artists and labels; {@link #addSearchResult} adds a
 * result as it is, next to those.
 */
public interface DatabaseSeeder {

  /** Holds a release. */
  void putRelease(Release release);

  /** Holds a master. */
  void putMaster(Master master);

  /** Holds an artist. */
  void putArtist(Artist artist);

  /** Holds a label. */
  void putLabel(Label label);

  /** Adds an entry to an artist's discography. */
  void addArtistRelease(ArtistId artist, ArtistRelease entry);

  /** Adds an entry to a label's catalogue. */
  void addLabelRelease(LabelId label, LabelRelease entry);

  /** Adds a version to a master's versions. */
  void addMasterVersion(MasterId master, MasterVersion version);

  /** Adds a search result as it is, found like the results derived from held objects. */
  void addSearchResult(SearchResult result);

  /** Records a user's rating of a release, 1 to 5; 0 removes it. */
  void putUserRating(ReleaseId release, Username user, int stars);
}
