package dev.needledrop.discogs.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueWriter;
import dev.needledrop.discogs.testkit.internal.catalogue.EntryWriter;
import dev.needledrop.discogs.testkit.internal.catalogue.StatsShape;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.List;
import java.util.Optional;

/**
 * The database objects a {@link StubDiscogsServer} serves, held as Discogs JSON.
 *
 * <p>Seed it with JSON text or trees shaped as Discogs sends them (a recorded response, say), or
 * with the core's records, which are written as Discogs would send them so that they come back
 * through any client as they went in. Objects need a positive {@code id}; putting one with a held
 * id replaces it. Listings (discographies, label catalogues, master versions) are the union of the
 * entries added for each object, in the order added; the stub paginates them itself. A listing is
 * served when its owner is held or entries were added for it. Reads return copies. Thread-safe.
 */
public final class StubCatalogue implements DatabaseSeeder {

  private final CatalogueStore store;

  StubCatalogue(CatalogueStore store) {
    this.store = store;
  }

  /** Holds a release given as Discogs JSON. */
  public void putRelease(String json) {
    store.putRelease(StubJson.parse(json));
  }

  /** Holds a release given as a JSON tree. */
  public void putRelease(JsonNode json) {
    store.putRelease(json);
  }

  /** Holds a master given as Discogs JSON. */
  public void putMaster(String json) {
    store.putMaster(StubJson.parse(json));
  }

  /** Holds a master given as a JSON tree. */
  public void putMaster(JsonNode json) {
    store.putMaster(json);
  }

  /** Holds an artist given as Discogs JSON. */
  public void putArtist(String json) {
    store.putArtist(StubJson.parse(json));
  }

  /** Holds an artist given as a JSON tree. */
  public void putArtist(JsonNode json) {
    store.putArtist(json);
  }

  /** Holds a label given as Discogs JSON. */
  public void putLabel(String json) {
    store.putLabel(StubJson.parse(json));
  }

  /** Holds a label given as a JSON tree. */
  public void putLabel(JsonNode json) {
    store.putLabel(json);
  }

  /** Adds an entry (a release or a master, with the artist's {@code role}) to a discography. */
  public void addArtistRelease(long artistId, String json) {
    store.addArtistRelease(artistId, StubJson.parse(json));
  }

  /** Adds an entry given as a JSON tree to a discography. */
  public void addArtistRelease(long artistId, JsonNode json) {
    store.addArtistRelease(artistId, json);
  }

  /** Adds an entry to a label's catalogue. */
  public void addLabelRelease(long labelId, String json) {
    store.addLabelRelease(labelId, StubJson.parse(json));
  }

  /** Adds an entry given as a JSON tree to a label's catalogue. */
  public void addLabelRelease(long labelId, JsonNode json) {
    store.addLabelRelease(labelId, json);
  }

  /** Adds a version to a master's versions. */
  public void addMasterVersion(long masterId, String json) {
    store.addMasterVersion(masterId, StubJson.parse(json));
  }

  /** Adds a version given as a JSON tree to a master's versions. */
  public void addMasterVersion(long masterId, JsonNode json) {
    store.addMasterVersion(masterId, json);
  }

  /** Adds a search result as recorded from Discogs; it needs a {@code type} and an {@code id}. */
  public void addSearchResult(String json) {
    store.addSearchResult(StubJson.parse(json));
  }

  /** Adds a recorded search result given as a JSON tree. */
  public void addSearchResult(JsonNode json) {
    store.addSearchResult(json);
  }

  /** Answers {@code GET /releases/{id}/rating} with this body instead of computing it. */
  public void putCommunityRating(long releaseId, JsonNode body) {
    store.putCommunityRating(releaseId, body);
  }

  /** Answers {@code GET /releases/{id}/stats} in the given shape with this body. */
  public void putReleaseStats(long releaseId, ReleaseStatsShape shape, JsonNode body) {
    store.putReleaseStats(releaseId, StatsShape.valueOf(shape.name()), body);
  }

  /** Records a user's rating of a release, 1 to 5; 0 removes it. */
  public void putUserRating(long releaseId, String username, int stars) {
    store.putUserRating(releaseId, username, stars);
  }

  /** Forgets every object, listing, search result and rating, the standard ones included. */
  public void clear() {
    store.clear();
  }

  @Override
  public void putRelease(Release release) {
    store.putRelease(CatalogueWriter.release(release));
  }

  @Override
  public void putMaster(Master master) {
    store.putMaster(CatalogueWriter.master(master));
  }

  @Override
  public void putArtist(Artist artist) {
    store.putArtist(CatalogueWriter.artist(artist));
  }

  @Override
  public void putLabel(Label label) {
    store.putLabel(CatalogueWriter.label(label));
  }

  @Override
  public void addArtistRelease(ArtistId artist, ArtistRelease entry) {
    store.addArtistRelease(artist.value(), EntryWriter.artistRelease(entry));
  }

  @Override
  public void addLabelRelease(LabelId label, LabelRelease entry) {
    store.addLabelRelease(label.value(), EntryWriter.labelRelease(entry));
  }

  @Override
  public void addMasterVersion(MasterId master, MasterVersion version) {
    store.addMasterVersion(master.value(), EntryWriter.masterVersion(version));
  }

  @Override
  public void addSearchResult(SearchResult result) {
    store.addSearchResult(EntryWriter.searchResult(result));
  }

  @Override
  public void putUserRating(ReleaseId release, Username user, int stars) {
    store.putUserRating(release.value(), user.value(), stars);
  }

  /**
   * Returns a copy of a held release, as held: a lowest price seeded in a currency other than US
   * dollars carries that currency in a key of the stub's own, which is never served.
   */
  public Optional<ObjectNode> release(long id) {
    return store.release(id);
  }

  /** Returns a copy of a held master, as held (see {@link #release(long)} about prices). */
  public Optional<ObjectNode> master(long id) {
    return store.master(id);
  }

  /** Returns a copy of a held artist. */
  public Optional<ObjectNode> artist(long id) {
    return store.artist(id);
  }

  /** Returns a copy of a held label. */
  public Optional<ObjectNode> label(long id) {
    return store.label(id);
  }

  /** Returns a discography, or empty when nothing was added for the artist. */
  public Optional<List<ObjectNode>> artistReleases(long artistId) {
    return store.artistReleases(artistId);
  }

  /** Returns a label's catalogue, or empty when nothing was added for the label. */
  public Optional<List<ObjectNode>> labelReleases(long labelId) {
    return store.labelReleases(labelId);
  }

  /** Returns a master's versions, or empty when nothing was added for the master. */
  public Optional<List<ObjectNode>> masterVersions(long masterId) {
    return store.masterVersions(masterId);
  }

  /** Returns a user's rating of a release, 0 when the user has not rated it. */
  public int userRating(long releaseId, String username) {
    return store.userRating(releaseId, username);
  }
}
