package dev.needledrop.discogs.feign.internal.resource;

import dev.needledrop.discogs.feign.internal.dto.ArtistDto;
import dev.needledrop.discogs.feign.internal.dto.ArtistReleasesPageDto;
import dev.needledrop.discogs.feign.internal.dto.CommunityRatingDto;
import dev.needledrop.discogs.feign.internal.dto.LabelDto;
import dev.needledrop.discogs.feign.internal.dto.LabelReleasesPageDto;
import dev.needledrop.discogs.feign.internal.dto.MasterDto;
import dev.needledrop.discogs.feign.internal.dto.MasterVersionsPageDto;
import dev.needledrop.discogs.feign.internal.dto.RatingBodyDto;
import dev.needledrop.discogs.feign.internal.dto.ReleaseDto;
import dev.needledrop.discogs.feign.internal.dto.ReleaseStatsDto;
import dev.needledrop.discogs.feign.internal.dto.SearchPageDto;
import dev.needledrop.discogs.feign.internal.dto.UserRatingDto;
import feign.Param;
import feign.QueryMap;
import feign.RequestLine;
import java.util.Map;

/**
 * The Database section of the Discogs API as Feign calls (reference §8.3, E6–E18).
 *
 * <p>Every path parameter and query value arrives already percent-encoded (by {@code PathSegment}
 * and {@code QueryParameters}) and is marked as such, and slash decoding is off, so that Feign
 * sends them exactly as encoded: {@code %2F} in a username stays {@code %2F}.
 */
public interface DatabaseResource {

  @RequestLine(value = "GET /releases/{releaseId}?curr_abbr={currency}", decodeSlash = false)
  ReleaseDto release(
      @Param(value = "releaseId", encoded = true) String releaseId,
      @Param(value = "currency", encoded = true) String currency);

  @RequestLine(value = "GET /releases/{releaseId}/rating", decodeSlash = false)
  CommunityRatingDto communityRating(@Param(value = "releaseId", encoded = true) String releaseId);

  @RequestLine(value = "GET /releases/{releaseId}/rating/{username}", decodeSlash = false)
  UserRatingDto userRating(
      @Param(value = "releaseId", encoded = true) String releaseId,
      @Param(value = "username", encoded = true) String username);

  @RequestLine(value = "PUT /releases/{releaseId}/rating/{username}", decodeSlash = false)
  UserRatingDto rateRelease(
      @Param(value = "releaseId", encoded = true) String releaseId,
      @Param(value = "username", encoded = true) String username,
      RatingBodyDto rating);

  /** Any 2xx is success; Discogs is expected to answer 204 with no body. */
  @RequestLine(value = "DELETE /releases/{releaseId}/rating/{username}", decodeSlash = false)
  void deleteReleaseRating(
      @Param(value = "releaseId", encoded = true) String releaseId,
      @Param(value = "username", encoded = true) String username);

  @RequestLine(value = "GET /releases/{releaseId}/stats", decodeSlash = false)
  ReleaseStatsDto releaseStats(@Param(value = "releaseId", encoded = true) String releaseId);

  // Discogs documents curr_abbr for releases only; it is sent for masters too so that the lowest
  // price can be labelled with the currency asked for.
  @RequestLine(value = "GET /masters/{masterId}?curr_abbr={currency}", decodeSlash = false)
  MasterDto master(
      @Param(value = "masterId", encoded = true) String masterId,
      @Param(value = "currency", encoded = true) String currency);

  /** Query: format, label, released, country, sort, sort_order, page, per_page. */
  @RequestLine(value = "GET /masters/{masterId}/versions", decodeSlash = false)
  MasterVersionsPageDto masterVersions(
      @Param(value = "masterId", encoded = true) String masterId,
      @QueryMap(encoded = true) Map<String, String> query);

  @RequestLine(value = "GET /artists/{artistId}", decodeSlash = false)
  ArtistDto artist(@Param(value = "artistId", encoded = true) String artistId);

  /** Query: sort, sort_order, page, per_page. */
  @RequestLine(value = "GET /artists/{artistId}/releases", decodeSlash = false)
  ArtistReleasesPageDto artistReleases(
      @Param(value = "artistId", encoded = true) String artistId,
      @QueryMap(encoded = true) Map<String, String> query);

  @RequestLine(value = "GET /labels/{labelId}", decodeSlash = false)
  LabelDto label(@Param(value = "labelId", encoded = true) String labelId);

  /** Query: page, per_page. */
  @RequestLine(value = "GET /labels/{labelId}/releases", decodeSlash = false)
  LabelReleasesPageDto labelReleases(
      @Param(value = "labelId", encoded = true) String labelId,
      @QueryMap(encoded = true) Map<String, String> query);

  /** Query: q and every other search field, page, per_page. */
  @RequestLine(value = "GET /database/search", decodeSlash = false)
  SearchPageDto search(@QueryMap(encoded = true) Map<String, String> query);
}
