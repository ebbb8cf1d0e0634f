package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.ArtistCreditDto;
import dev.needledrop.discogs.feign.internal.dto.ImageDto;
import dev.needledrop.discogs.feign.internal.dto.RatingDto;
import dev.needledrop.discogs.feign.internal.dto.StatsDto;
import dev.needledrop.discogs.feign.internal.dto.TrackDto;
import dev.needledrop.discogs.feign.internal.dto.VideoDto;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.database.RatingSummary;
import dev.needledrop.discogs.model.database.Track;
import dev.needledrop.discogs.model.database.Video;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the parts several aggregates share: credits, tracks, images, videos, ratings, stats. */
@Mapper(config = DiscogsMapperConfig.class)
public interface CommonMapper {

  @Mapping(target = "id", qualifiedByName = "optionalArtistId")
  ArtistCredit toArtistCredit(ArtistCreditDto credit);

  @Mapping(target = "position", qualifiedByName = "trackPosition")
  @Mapping(target = "type", qualifiedByName = "trackType")
  @Mapping(target = "duration", qualifiedByName = "trackDuration")
  Track toTrack(TrackDto track);

  Image toImage(ImageDto image);

  Video toVideo(VideoDto video);

  RatingSummary toRatingSummary(RatingDto rating);

  ItemStats toStats(StatsDto stats);

  ItemStats.Counts toCounts(StatsDto.CountsDto counts);

  /**
   * Maps counts that may be absent: the caller's for anonymous calls, all of them in old listings.
   */
  default Optional<ItemStats.Counts> toOptionalCounts(StatsDto.CountsDto counts) {
    return Optional.ofNullable(toCounts(counts));
  }
}
