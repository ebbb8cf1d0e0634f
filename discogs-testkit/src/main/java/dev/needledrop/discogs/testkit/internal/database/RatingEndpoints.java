package dev.needledrop.discogs.testkit.internal.database;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.json.StubJson;

/**
 * Answers one user's rating of a release (E7–E9): anyone reads it (0 when unrated), only the user
 * sets it (1 to 5, from the JSON body or the query) or deletes it. The route checks ownership.
 */
final class RatingEndpoints {

  private final CatalogueStore catalogue;

  RatingEndpoints(CatalogueStore catalogue) {
    this.catalogue = catalogue;
  }

  StubReply read(StubRequest request) {
    requireRelease(request);
    return StubReply.ok(body(request));
  }

  StubReply rate(StubRequest request) {
    requireRelease(request);
    int stars = stars(request);
    catalogue.putUserRating(request.id("release_id"), request.variable("username"), stars);
    return StubReply.ok(body(request));
  }

  StubReply delete(StubRequest request) {
    requireRelease(request);
    catalogue.putUserRating(request.id("release_id"), request.variable("username"), 0);
    return StubReply.noContent();
  }

  private void requireRelease(StubRequest request) {
    if (catalogue.release(request.id("release_id")).isEmpty()) {
      throw ApiError.notFound(NotFound.RELEASE);
    }
  }

  private ObjectNode body(StubRequest request) {
    long releaseId = request.id("release_id");
    String username = request.variable("username");
    ObjectNode body = StubJson.object();
    body.put("username", username);
    body.put("release_id", releaseId);
    body.put("rating", catalogue.userRating(releaseId, username));
    return body;
  }

  private static int stars(StubRequest request) {
    String rating = request.parameter("rating").orElse("").trim();
    if (!rating.matches("[1-5]")) {
      throw ApiError.unprocessable("Invalid rating: expected an integer from 1 to 5.");
    }
    return Integer.parseInt(rating);
  }
}
