package dev.needledrop.discogs.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueWriter;
import dev.needledrop.discogs.testkit.internal.catalogue.EntryWriter;
import dev.needledrop.discogs.testkit.internal.search.SearchCriteria;
import dev.needledrop.discogs.testkit.internal.search.SearchIndex;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Searches a fake's records with the stub's own search: the records are written as Discogs JSON and
 * indexed exactly as the stub indexes its catalogue, so both find the same results.
 */
final class FakeSearch {

  private FakeSearch() {}

  static List<ObjectNode> find(FakeCatalogue catalogue, SearchQuery query) {
    SearchIndex index =
        new SearchIndex()
            .releases(catalogue.releases().stream().map(CatalogueWriter::release).toList())
            .masters(catalogue.masters().stream().map(CatalogueWriter::master).toList())
            .artists(catalogue.artists().stream().map(CatalogueWriter::artist).toList())
            .labels(catalogue.labels().stream().map(CatalogueWriter::label).toList())
            .recorded(catalogue.searchResults().stream().map(EntryWriter::searchResult).toList());
    return index.find(SearchCriteria.from(name -> value(query, name)));
  }

  private static Optional<String> value(SearchQuery query, String wireName) {
    return Arrays.stream(SearchQuery.Field.values())
        .filter(field -> field.wireName().equals(wireName))
        .findFirst()
        .flatMap(query::value);
  }
}
