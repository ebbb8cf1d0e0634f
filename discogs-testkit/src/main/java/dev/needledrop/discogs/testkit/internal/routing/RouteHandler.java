package dev.needledrop.discogs.testkit.internal.routing;

import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;

/** Answers the requests of one route. */
@FunctionalInterface
public interface RouteHandler {

  /** Answers the request, or throws an {@code ApiError} for a Discogs error answer. */
  StubReply handle(StubRequest request);
}
