package dev.needledrop.discogs.testkit.internal.search;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search over a catalogue of Discogs-shaped objects, shared by the stub server and the
 * in-memory fake so that both find the same results.
 *
 * <p>Results derived from held releases, masters, artists and labels come first (each kind in id
 * order), then results recorded as they are; a recorded result with the type and id of a derived
 * one is dropped. Not thread-safe: build one per search from a snapshot.
 */
public final class SearchIndex {

  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /** One indexed result: what it answers with and what it is matched on. */
  private record Entry(ObjectNode result, SearchDocument document) {}

  /** Indexes releases, in the order given. */
  public SearchIndex releases(List<ObjectNode> releases) {
    releases.forEach(release -> add(SearchResults.ofRelease(release)));
    return this;
  }

  /** Indexes masters, in the order given. */
  public SearchIndex masters(List<ObjectNode> masters) {
    masters.forEach(master -> add(SearchResults.ofMaster(master)));
    return this;
  }

  /** Indexes artists, in the order given. */
  public SearchIndex artists(List<ObjectNode> artists) {
    artists.forEach(artist -> add(SearchResults.ofArtist(artist)));
    return this;
  }

  /** Indexes labels, in the order given. */
  public SearchIndex labels(List<ObjectNode> labels) {
    labels.forEach(label -> add(SearchResults.ofLabel(label)));
    return this;
  }

  /** Indexes results recorded from Discogs, keeping derived ones of the same type and id. */
  public SearchIndex recorded(List<ObjectNode> results) {
    for (ObjectNode result : results) {
      SearchDocument document = SearchDocuments.ofResult(result);
      entries.putIfAbsent(document.key(), new Entry(result, document));
    }
    return this;
  }

  /** Returns copies of the results matching every criterion, in index order. */
  public List<ObjectNode> find(SearchCriteria criteria) {
    List<ObjectNode> found = new ArrayList<>();
    for (Entry entry : entries.values()) {
      if (criteria.matches(entry.document())) {
        found.add(entry.result().deepCopy());
      }
    }
    return found;
  }

  private void add(SearchResults.Derived derived) {
    entries.put(derived.document().key(), new Entry(derived.result(), derived.document()));
  }
}
