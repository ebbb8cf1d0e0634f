package dev.needledrop.discogs.testkit.internal.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a search result is matched on: its kind, its id, and the texts of each search field (named
 * as the search parameters are, such as {@code artist} or {@code catno}).
 */
public record SearchDocument(String type, long id, Map<String, List<String>> fields) {

  /** Creates a document, copying the fields. */
  public SearchDocument {
    Objects.requireNonNull(type, "type");
    fields = Map.copyOf(fields);
  }

  /** Returns the key that identifies the result: its type and id. */
  public String key() {
    return type + ":" + id;
  }

  /** Returns the texts of one field; empty when the document has none. */
  public List<String> values(String field) {
    return fields.getOrDefault(field, List.of());
  }
}
