package dev.needledrop.discogs.feign.internal.resource;

import dev.needledrop.discogs.feign.internal.dto.WantBodyDto;
import dev.needledrop.discogs.feign.internal.dto.WantDto;
import dev.needledrop.discogs.feign.internal.dto.WantsPageDto;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The wantlist section of the Discogs API as Feign calls (reference §8.10, E59–E62). Path values
 * and queries arrive already percent-encoded, as for {@link DatabaseResource}.
 */
public interface WantlistResource {

  String WANT = "/users/{username}/wants/{releaseId}";

  /** Query: page, per_page. */
  @RequestLine(value = "GET /users/{username}/wants", decodeSlash = false)
  WantsPageDto wants(
      @Param(value = "username", encoded = true) String username,
      @QueryMap(encoded = true) Map<String, String> query);

  /** Answers 201 with the entry (200 when the release was wanted already). */
  @RequestLine(value = "PUT " + WANT, decodeSlash = false)
  WantDto addWant(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "releaseId", encoded = true) String releaseId,
      WantBodyDto details);

  @RequestLine(value = "POST " + WANT, decodeSlash = false)
  WantDto editWant(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "releaseId", encoded = true) String releaseId,
      WantBodyDto change);

  /** Answers 204, whose body (empty, of any content type) is never read. */
  @RequestLine(value = "DELETE " + WANT, decodeSlash = false)
  void removeWant(
      @Param(value = "username", encoded = true) String username,
      @Param(value = "releaseId", encoded = true) String releaseId);
}
