package dev.needledrop.discogs.testkit.internal.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The entries of one listing (a discography, a label catalogue, a master's versions) in the order
 * they were added, one per key: adding an entry with a held key replaces it in place. Not
 * thread-safe; the catalogue guards it.
 */
public final class Listing {

  private final Map<String, ObjectNode> entries = new LinkedHashMap<>();
  private final Function<ObjectNode, String> key;

  /** Creates an empty listing whose entries are told apart by the given key. */
  public Listing(Function<ObjectNode, String> key) {
    this.key = key;
  }

  /** Adds an entry, or replaces the held one with the same key. */
  public void add(ObjectNode entry) {
    entries.put(key.apply(entry), entry);
  }

  /** Removes every entry. */
  public void clear() {
    entries.clear();
  }

  /** Returns copies of the entries, in order. */
  public List<ObjectNode> copies() {
    return entries.values().stream().map(ObjectNode::deepCopy).toList();
  }
}
