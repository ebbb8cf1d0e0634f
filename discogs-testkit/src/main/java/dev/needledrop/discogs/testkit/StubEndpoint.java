package dev.needledrop.discogs.testkit;

import java.util.Map;

/**
 * An endpoint added to a stub with {@link StubDiscogsServer.Builder#route}, for testing HTTP
 * behaviour on a route the stub does not model. Its requests go through the whole pipeline (the
 * User-Agent, credentials, the rate limit, scripted faults) and anyone may call it; a non-GET
 * answered with 2xx is logged as an {@linkplain StubDiscogsServer#appliedWrites applied write}.
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface StubEndpoint {

  /**
   * Answers a request; the answer's body, if any, must be JSON.
   *
   * @param pathVariables the decoded variables of the route's pattern
   * @param body the request body as text, empty when there was none
   */
  StubResponse answer(Map<String, String> pathVariables, String body);
}
