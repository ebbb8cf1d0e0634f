package dev.needledrop.discogs.testkit.internal.database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.catalogue.HeldPrices;
import dev.needledrop.discogs.testkit.internal.catalogue.StatsShape;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.json.StubJson;

/** Answers a release, its community rating and its stats (E6, E10, E11). */
final class ReleaseEndpoints {

  private final CatalogueStore catalogue;
  private final StatsShape statsShape;

  ReleaseEndpoints(CatalogueStore catalogue, StatsShape statsShape) {
    this.catalogue = catalogue;
    this.statsShape = statsShape;
  }

  StubReply release(StubRequest request) {
    Currency asked = CurrencyParameter.read(request);
    return StubReply.ok(HeldPrices.inCurrency(find(request), asked));
  }

  StubReply communityRating(StubRequest request) {
    ObjectNode release = find(request);
    long id = request.id("release_id");
    ObjectNode body = catalogue.communityRating(id).orElseGet(() -> computedRating(id, release));
    return StubReply.ok(body);
  }

  StubReply stats(StubRequest request) {
    ObjectNode release = find(request);
    long id = request.id("release_id");
    ObjectNode body =
        catalogue.releaseStats(id, statsShape).orElseGet(() -> computedStats(release));
    return StubReply.ok(body);
  }

  private ObjectNode find(StubRequest request) {
    return catalogue
        .release(request.id("release_id"))
        .orElseThrow(() -> ApiError.notFound(NotFound.RELEASE));
  }

  private static ObjectNode computedRating(long id, ObjectNode release) {
    JsonNode summary = release.path("community").path("rating");
    ObjectNode body = StubJson.object();
    body.put("release_id", id);
    ObjectNode rating = body.putObject("rating");
    rating.put("count", summary.path("count").asInt(0));
    JsonNode average = summary.path("average");
    if (average.isNumber()) {
      rating.set("average", average.deepCopy());
    } else {
      rating.put("average", 0);
    }
    return body;
  }

  private ObjectNode computedStats(ObjectNode release) {
    ObjectNode body = StubJson.object();
    if (statsShape == StatsShape.DOCUMENTED) {
      body.put("num_have", release.path("community").path("have").asInt(0));
      body.put("num_want", release.path("community").path("want").asInt(0));
    } else {
      body.put("is_offensive", release.path("is_offensive").asBoolean(false));
    }
    return body;
  }
}
