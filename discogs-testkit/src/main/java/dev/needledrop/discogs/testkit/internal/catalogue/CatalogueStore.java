package dev.needledrop.discogs.testkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The database objects a stub serves, held as Discogs JSON trees: objects by id, listings per
 * owner, recorded search results, rating and stats bodies, and users' ratings. Objects need a
 * positive {@code id}. Reads return copies. Thread-safe.
 */
public final class CatalogueStore {

  private final Map<Long, ObjectNode> releases = new TreeMap<>();
  private final Map<Long, ObjectNode> masters = new TreeMap<>();
  private final Map<Long, ObjectNode> artists = new TreeMap<>();
  private final Map<Long, ObjectNode> labels = new TreeMap<>();
  private final Map<Long, Listing> artistReleases = new HashMap<>();
  private final Map<Long, Listing> labelReleases = new HashMap<>();
  private final Map<Long, Listing> masterVersions = new HashMap<>();
  private final Listing searchResults = new Listing(CatalogueStore::typeAndId);
  private final Map<Long, ObjectNode> communityRatings = new HashMap<>();
  private final Map<Long, Map<StatsShape, ObjectNode>> releaseStats = new HashMap<>();
  private final Map<Long, Map<String, Integer>> userRatings = new HashMap<>();

  /** Holds a release; replaces a held one with the same id. */
  public synchronized void putRelease(JsonNode json) {
    put(releases, json);
  }

  /** Holds a master. */
  public synchronized void putMaster(JsonNode json) {
    put(masters, json);
  }

  /** Holds an artist. */
  public synchronized void putArtist(JsonNode json) {
    put(artists, json);
  }

  /** Holds a label. */
  public synchronized void putLabel(JsonNode json) {
    put(labels, json);
  }

  /**
   * Adds an entry to a discography; entries are told apart by {@code type}, {@code id} and {@code
   * role}, since Discogs lists a release once for each role the artist had on it.
   */
  public synchronized void addArtistRelease(long artistId, JsonNode json) {
    listing(artistReleases, artistId, CatalogueStore::typeIdAndRole).add(entry(json));
  }

  /** Adds an entry to a label's catalogue. */
  public synchronized void addLabelRelease(long labelId, JsonNode json) {
    listing(labelReleases, labelId, CatalogueStore::id).add(entry(json));
  }

  /** Adds a version to a master's versions. */
  public synchronized void addMasterVersion(long masterId, JsonNode json) {
    listing(masterVersions, masterId, CatalogueStore::id).add(entry(json));
  }

  /** Adds a recorded search result; it is told apart by {@code type} and {@code id}. */
  public synchronized void addSearchResult(JsonNode json) {
    searchResults.add(entry(json));
  }

  /** Answers a release's community rating with this body instead of computing it. */
  public synchronized void putCommunityRating(long releaseId, JsonNode body) {
    communityRatings.put(releaseId, StubJson.requireObject(body).deepCopy());
  }

  /** Answers a release's stats in the given shape with this body instead of computing them. */
  public synchronized void putReleaseStats(long releaseId, StatsShape shape, JsonNode body) {
    releaseStats
        .computeIfAbsent(releaseId, id -> new EnumMap<>(StatsShape.class))
        .put(shape, StubJson.requireObject(body).deepCopy());
  }

  /** Records a user's rating of a release, 1 to 5; 0 removes it. */
  public synchronized void putUserRating(long releaseId, String username, int stars) {
    if (stars < 0 || stars > 5) {
      throw new IllegalArgumentException("rating must be from 0 to 5, but was " + stars);
    }
    Map<String, Integer> ratings = userRatings.computeIfAbsent(releaseId, id -> new HashMap<>());
    if (stars == 0) {
      ratings.remove(username);
    } else {
      ratings.put(username, stars);
    }
  }

  /** Forgets everything held. */
  public synchronized void clear() {
    List.of(releases, masters, artists, labels, communityRatings).forEach(Map::clear);
    List.of(artistReleases, labelReleases, masterVersions).forEach(Map::clear);
    searchResults.clear();
    releaseStats.clear();
    userRatings.clear();
  }

  /** Returns a copy of a held release. */
  public synchronized Optional<ObjectNode> release(long id) {
    return copy(releases.get(id));
  }

  /** Returns a copy of a held master. */
  public synchronized Optional<ObjectNode> master(long id) {
    return copy(masters.get(id));
  }

  /** Returns a copy of a held artist. */
  public synchronized Optional<ObjectNode> artist(long id) {
    return copy(artists.get(id));
  }

  /** Returns a copy of a held label. */
  public synchronized Optional<ObjectNode> label(long id) {
    return copy(labels.get(id));
  }

  /** Returns copies of every held release, in id order. */
  public synchronized List<ObjectNode> releases() {
    return copies(releases);
  }

  /** Returns copies of every held master, in id order. */
  public synchronized List<ObjectNode> masters() {
    return copies(masters);
  }

  /** Returns copies of every held artist, in id order. */
  public synchronized List<ObjectNode> artists() {
    return copies(artists);
  }

  /** Returns copies of every held label, in id order. */
  public synchronized List<ObjectNode> labels() {
    return copies(labels);
  }

  /** Returns a discography, or empty when nothing was added for the artist. */
  public synchronized Optional<List<ObjectNode>> artistReleases(long artistId) {
    return Optional.ofNullable(artistReleases.get(artistId)).map(Listing::copies);
  }

  /** Returns a label's catalogue, or empty when nothing was added for the label. */
  public synchronized Optional<List<ObjectNode>> labelReleases(long labelId) {
    return Optional.ofNullable(labelReleases.get(labelId)).map(Listing::copies);
  }

  /** Returns a master's versions, or empty when nothing was added for the master. */
  public synchronized Optional<List<ObjectNode>> masterVersions(long masterId) {
    return Optional.ofNullable(masterVersions.get(masterId)).map(Listing::copies);
  }

  /** Returns the recorded search results, in the order added. */
  public synchronized List<ObjectNode> recordedSearchResults() {
    return searchResults.copies();
  }

  /** Returns the community rating body put for a release, if any. */
  public synchronized Optional<ObjectNode> communityRating(long releaseId) {
    return copy(communityRatings.get(releaseId));
  }

  /** Returns the stats body put for a release in a shape, if any. */
  public synchronized Optional<ObjectNode> releaseStats(long releaseId, StatsShape shape) {
    return copy(releaseStats.getOrDefault(releaseId, Map.of()).get(shape));
  }

  /** Returns a user's rating of a release, 0 when the user has not rated it. */
  public synchronized int userRating(long releaseId, String username) {
    return userRatings.getOrDefault(releaseId, Map.of()).getOrDefault(username, 0);
  }

  /** Returns the name of an artist or label, or the title of a release or master, when held. */
  public synchronized Optional<String> name(String kind, long id) {
    Map<Long, ObjectNode> objects =
        switch (kind) {
          case "artist" -> artists;
          case "label" -> labels;
          case "release" -> releases;
          default -> masters;
        };
    String field = kind.equals("artist") || kind.equals("label") ? "name" : "title";
    return Optional.ofNullable(objects.get(id))
        .map(object -> StubJson.text(object, field))
        .filter(name -> !name.isEmpty());
  }

  private static void put(Map<Long, ObjectNode> objects, JsonNode json) {
    ObjectNode object = entry(json);
    objects.put(StubJson.id(object, "id"), object);
  }

  private static ObjectNode entry(JsonNode json) {
    ObjectNode object = StubJson.requireObject(json).deepCopy();
    if (StubJson.id(object, "id") <= 0) {
      throw new IllegalArgumentException("a catalogue object needs a positive \"id\"");
    }
    return object;
  }

  private static Listing listing(
      Map<Long, Listing> listings, long ownerId, Function<ObjectNode, String> key) {
    return listings.computeIfAbsent(ownerId, id -> new Listing(key));
  }

  private static Optional<ObjectNode> copy(ObjectNode node) {
    return Optional.ofNullable(node).map(ObjectNode::deepCopy);
  }

  private static List<ObjectNode> copies(Map<Long, ObjectNode> objects) {
    return objects.values().stream().map(ObjectNode::deepCopy).toList();
  }

  private static String id(ObjectNode entry) {
    return Long.toString(StubJson.id(entry, "id"));
  }

  private static String typeIdAndRole(ObjectNode entry) {
    return typeAndId(entry) + ":" + StubJson.text(entry, "role");
  }

  private static String typeAndId(ObjectNode entry) {
    String type = StubJson.text(entry, "type");
    return (type.isEmpty() ? "release" : type) + ":" + id(entry);
  }
}
