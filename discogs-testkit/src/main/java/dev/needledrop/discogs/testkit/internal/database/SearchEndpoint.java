package dev.needledrop.discogs.testkit.internal.database;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.database.SearchType;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.paging.Pager;
import dev.needledrop.discogs.testkit.internal.search.SearchCriteria;
import dev.needledrop.discogs.testkit.internal.search.SearchIndex;
import dev.needledrop.discogs.testkit.internal.search.UserData;
import java.util.List;

/**
 * Answers the database search (E18) from what the catalogue holds: results derived from its
 * releases, masters, artists and labels, then the recorded ones, matched on the query and paged.
 */
final class SearchEndpoint {

  private final CatalogueStore catalogue;

  SearchEndpoint(CatalogueStore catalogue) {
    this.catalogue = catalogue;
  }

  StubReply search(StubRequest request) {
    request.parameter("type").ifPresent(SearchEndpoint::requireType);
    SearchCriteria criteria = SearchCriteria.from(request::parameter);
    List<ObjectNode> found = index().find(criteria);
    if (request.caller().isUser()) {
      found.forEach(UserData::addIfMissing);
    }
    return Pager.reply(request, found, "results");
  }

  private SearchIndex index() {
    return new SearchIndex()
        .releases(catalogue.releases())
        .masters(catalogue.masters())
        .artists(catalogue.artists())
        .labels(catalogue.labels())
        .recorded(catalogue.recordedSearchResults());
  }

  private static void requireType(String type) {
    if (SearchType.fromWire(type).isEmpty()) {
      throw ApiError.unprocessable("Invalid type: expected one of release, master, artist, label.");
    }
  }
}
