package dev.needledrop.discogs.feign.internal.resource;

import dev.needledrop.discogs.feign.internal.dto.ContributionsPageDto;
import dev.needledrop.discogs.feign.internal.dto.IdentityDto;
import dev.needledrop.discogs.feign.internal.dto.ProfileUpdateDto;
import dev.needledrop.discogs.feign.internal.dto.SubmissionsPageDto;
import dev.needledrop.discogs.feign.internal.dto.UserProfileDto;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The identity and user sections of the Discogs API as Feign calls (reference §8.2 E5, §8.8
 * E42–E45). Path values and queries arrive already percent-encoded, as for {@link
 * DatabaseResource}.
 */
public interface UsersResource {

  @RequestLine("GET /oauth/identity")
  IdentityDto identity();

  @RequestLine(value = "GET /users/{username}", decodeSlash = false)
  UserProfileDto profile(@Param(value = "username", encoded = true) String username);

  @RequestLine(value = "POST /users/{username}", decodeSlash = false)
  UserProfileDto editProfile(
      @Param(value = "username", encoded = true) String username, ProfileUpdateDto update);

  /** Query: page, per_page. */
  @RequestLine(value = "GET /users/{username}/submissions", decodeSlash = false)
  SubmissionsPageDto submissions(
      @Param(value = "username", encoded = true) String username,
      @QueryMap(encoded = true) Map<String, String> query);

  /** Query: sort, sort_order, page, per_page. */
  @RequestLine(value = "GET /users/{username}/contributions", decodeSlash = false)
  ContributionsPageDto contributions(
      @Param(value = "username", encoded = true) String username,
      @QueryMap(encoded = true) Map<String, String> query);
}
