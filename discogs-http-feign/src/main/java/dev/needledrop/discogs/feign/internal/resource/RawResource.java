package dev.needledrop.discogs.feign.internal.resource;

import feign.QueryMap;
import feign.RequestLine;
import java.net.URI;
import java.util.Map;

/**
 * Any GET of the Discogs API, answered with the body as text: the raw escape hatch.
 *
 * <p>The URL is given whole, as the configured base URL followed by a path already percent-encoded
 * segment by segment (by {@code PathSegment}); Feign takes a {@link URI} argument as the request's
 * target and keeps its raw path as it is. Feign's path templates cannot carry a path of several
 * segments without encoding its slashes. The query values arrive encoded by {@code QueryParameters}
 * and are marked as such.
 */
public interface RawResource {

  @RequestLine("GET")
  String get(URI url, @QueryMap(encoded = true) Map<String, String> query);
}
