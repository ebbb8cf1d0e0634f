package dev.needledrop.discogs.feign.testing;

import feign.Param;
import feign.RequestLine;
import java.util.Map;

/**
 * Calls with every HTTP method on the probe routes tests add to the stub, and the collection add of
 * case B33, which the Database section lacks; through the adapter's own Feign pipeline.
 */
public interface ProbeResource {

  @RequestLine("GET /probe/items/{id}")
  Map<String, Object> get(@Param("id") long id);

  @RequestLine("PUT /probe/items/{id}")
  Map<String, Object> put(@Param("id") long id, Map<String, Object> body);

  @RequestLine("POST /probe/items")
  Map<String, Object> post(Map<String, Object> body);

  @RequestLine("DELETE /probe/items/{id}")
  void delete(@Param("id") long id);

  @RequestLine("POST /users/{username}/collection/folders/{folder}/releases/{release}")
  Map<String, Object> addToFolder(
      @Param("username") String username, @Param("folder") int folder, @Param("release") long id);
}
