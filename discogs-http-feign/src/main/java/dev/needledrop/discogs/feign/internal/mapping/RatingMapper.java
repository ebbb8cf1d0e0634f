package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.CommunityRatingDto;
import dev.needledrop.discogs.feign.internal.dto.ReleaseStatsDto;
import dev.needledrop.discogs.feign.internal.dto.UserRatingDto;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.CommunityRating;
import dev.needledrop.discogs.model.database.ReleaseStats;
import dev.needledrop.discogs.model.database.UserReleaseRating;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Maps a release's ratings and stats. The release and the user come from the request: the response
 * only echoes them, and its echo may differ in case or be missing.
 */
@Mapper(config = DiscogsMapperConfig.class, uses = CommonMapper.class)
public interface RatingMapper {

  @Mapping(target = "releaseId", source = "releaseId")
  @Mapping(target = "rating", source = "response.rating")
  CommunityRating toCommunityRating(CommunityRatingDto response, ReleaseId releaseId);

  @Mapping(target = "releaseId", source = "releaseId")
  @Mapping(target = "username", source = "username")
  @Mapping(target = "rating", source = "response.rating")
  UserReleaseRating toUserRating(UserRatingDto response, ReleaseId releaseId, Username username);

  ReleaseStats toReleaseStats(ReleaseStatsDto stats);
}
