package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.SearchResult;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The records an in-memory fake holds, with the same keys and order as the stub's catalogue:
 * objects in id order, listings in the order added (a discography entry per type, id and role),
 * recorded search results per type and id, and users' ratings. Thread-safe.
 */
final class FakeCatalogue {

  private final Map<Long, Release> releases = new TreeMap<>();
  private final Map<Long, Master> masters = new TreeMap<>();
  private final Map<Long, Artist> artists = new TreeMap<>();
  private final Map<Long, Label> labels = new TreeMap<>();
  private final Map<Long, Map<String, ArtistRelease>> artistReleases = new HashMap<>();
  private final Map<Long, Map<Long, LabelRelease>> labelReleases = new HashMap<>();
  private final Map<Long, Map<Long, MasterVersion>> masterVersions = new HashMap<>();
  private final Map<String, SearchResult> searchResults = new LinkedHashMap<>();
  private final Map<Long, Map<String, Integer>> ratings = new HashMap<>();

  synchronized void put(Release release) {
    releases.put(release.id().value(), release);
  }

  synchronized void put(Master master) {
    masters.put(master.id().value(), master);
  }

  synchronized void put(Artist artist) {
    artists.put(artist.id().value(), artist);
  }

  synchronized void put(Label label) {
    labels.put(label.id().value(), label);
  }

  synchronized void add(long artistId, ArtistRelease entry) {
    String key = entry.type() + ":" + entry.id() + ":" + entry.role();
    artistReleases.computeIfAbsent(artistId, id -> new LinkedHashMap<>()).put(key, entry);
  }

  synchronized void add(long labelId, LabelRelease entry) {
    labelReleases
        .computeIfAbsent(labelId, id -> new LinkedHashMap<>())
        .put(entry.id().value(), entry);
  }

  synchronized void add(long masterId, MasterVersion version) {
    masterVersions
        .computeIfAbsent(masterId, id -> new LinkedHashMap<>())
        .put(version.id().value(), version);
  }

  synchronized void add(SearchResult result) {
    searchResults.put(result.type() + ":" + result.id(), result);
  }

  synchronized void rate(long releaseId, String username, int stars) {
    Map<String, Integer> byUser = ratings.computeIfAbsent(releaseId, id -> new HashMap<>());
    if (stars == 0) {
      byUser.remove(username);
    } else {
      byUser.put(username, stars);
    }
  }

  synchronized int rating(long releaseId, String username) {
    return ratings.getOrDefault(releaseId, Map.of()).getOrDefault(username, 0);
  }

  synchronized Optional<Release> release(long id) {
    return Optional.ofNullable(releases.get(id));
  }

  synchronized Optional<Master> master(long id) {
    return Optional.ofNullable(masters.get(id));
  }

  synchronized Optional<Artist> artist(long id) {
    return Optional.ofNullable(artists.get(id));
  }

  synchronized Optional<Label> label(long id) {
    return Optional.ofNullable(labels.get(id));
  }

  synchronized List<Release> releases() {
    return List.copyOf(releases.values());
  }

  synchronized List<Master> masters() {
    return List.copyOf(masters.values());
  }

  synchronized List<Artist> artists() {
    return List.copyOf(artists.values());
  }

  synchronized List<Label> labels() {
    return List.copyOf(labels.values());
  }

  synchronized List<SearchResult> searchResults() {
    return List.copyOf(searchResults.values());
  }

  /** Returns a discography, or empty when the artist is neither held nor given entries. */
  synchronized Optional<List<ArtistRelease>> artistReleases(long artistId) {
    return listing(artistReleases.get(artistId), artists.containsKey(artistId));
  }

  /** Returns a label's catalogue, or empty when the label is neither held nor given entries. */
  synchronized Optional<List<LabelRelease>> labelReleases(long labelId) {
    return listing(labelReleases.get(labelId), labels.containsKey(labelId));
  }

  /** Returns a master's versions, or empty when the master is neither held nor given versions. */
  synchronized Optional<List<MasterVersion>> masterVersions(long masterId) {
    return listing(masterVersions.get(masterId), masters.containsKey(masterId));
  }

  private static <K, T> Optional<List<T>> listing(Map<K, T> entries, boolean ownerHeld) {
    if (entries != null) {
      return Optional.of(List.copyOf(entries.values()));
    }
    return ownerHeld ? Optional.of(List.of()) : Optional.empty();
  }
}
