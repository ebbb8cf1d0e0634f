package dev.needledrop.discogs.testkit.fake;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the search results the shared search index answers with into records, so that the fake
 * finds exactly what the stub finds.
 */
final class SearchResultReader {

  private SearchResultReader() {}

  static SearchResult read(JsonNode result) {
    return new SearchResult(
        result.path("id").asLong(),
        StubJson.text(result, "type"),
        StubJson.text(result, "title"),
        StubJson.text(result, "thumb"),
        StubJson.text(result, "cover_image"),
        StubJson.text(result, "uri"),
        MasterId.optionalOf(StubJson.id(result, "master_id")),
        StubJson.text(result, "country"),
        number(StubJson.text(result, "year")),
        StubJson.texts(result, "format"),
        StubJson.texts(result, "label"),
        StubJson.texts(result, "genre"),
        StubJson.texts(result, "style"),
        StubJson.texts(result, "barcode"),
        StubJson.text(result, "catno"),
        community(result.path("community")),
        result.path("format_quantity").canConvertToInt()
            ? OptionalInt.of(result.path("format_quantity").asInt())
            : OptionalInt.empty(),
        userData(result.path("user_data")));
  }

  private static OptionalInt number(String text) {
    return text.matches("\\d{1,9}") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
  }

  private static Optional<SearchResult.HaveWant> community(JsonNode community) {
    return community.isObject()
        ? Optional.of(
            new SearchResult.HaveWant(
                community.path("have").asInt(), community.path("want").asInt()))
        : Optional.empty();
  }

  private static Optional<SearchResult.UserData> userData(JsonNode userData) {
    return userData.isObject()
        ? Optional.of(
            new SearchResult.UserData(
                userData.path("in_wantlist").asBoolean(),
                userData.path("in_collection").asBoolean()))
        : Optional.empty();
  }
}
