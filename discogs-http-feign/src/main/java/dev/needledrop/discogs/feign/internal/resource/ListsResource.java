package dev.needledrop.discogs.feign.internal.resource;

import dev.needledrop.discogs.feign.internal.dto.ListsPageDto;
import dev.needledrop.discogs.feign.internal.dto.UserListDto;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The lists section of the Discogs API as Feign calls (reference §8.11, E63–E64). Path values and
 * queries arrive already percent-encoded, as for {@link DatabaseResource}.
 */
public interface ListsResource {

  /** Query: page, per_page. */
  @RequestLine(value = "GET /users/{username}/lists", decodeSlash = false)
  ListsPageDto lists(
      @Param(value = "username", encoded = true) String username,
      @QueryMap(encoded = true) Map<String, String> query);

  @RequestLine(value = "GET /lists/{listId}", decodeSlash = false)
  UserListDto list(@Param(value = "listId", encoded = true) String listId);
}
