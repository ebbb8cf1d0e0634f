package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.ArtistDto;
import dev.needledrop.discogs.feign.internal.dto.ArtistRefDto;
import dev.needledrop.discogs.feign.internal.dto.ArtistReleaseDto;
import dev.needledrop.discogs.feign.internal.dto.ArtistReleasesPageDto;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistMembership;
import dev.needledrop.discogs.model.database.ArtistRef;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.paging.Page;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.SourceParameterCondition;

/** Maps an artist and its discography. */
@Mapper(config = DiscogsMapperConfig.class, uses = CommonMapper.class)
public interface ArtistMapper extends PageMapping {

  Artist toArtist(ArtistDto artist);

  /** Maps an alias; one without an id is left out. */
  ArtistRef toArtistRef(ArtistRefDto artist);

  /** Maps a member or a group; one without an id is left out. */
  @Mapping(target = "artist", source = ".")
  ArtistMembership toMembership(ArtistRefDto artist);

  @Mapping(target = "year", qualifiedByName = "year")
  @Mapping(target = "mainRelease", qualifiedByName = "optionalReleaseId")
  ArtistRelease toArtistRelease(ArtistReleaseDto release);

  List<ArtistRelease> toArtistReleases(List<ArtistReleaseDto> releases);

  /** Maps a page of the discography. */
  default Page<ArtistRelease> toArtistReleasesPage(ArtistReleasesPageDto page) {
    return toPage(page.pagination(), toArtistReleases(page.releases()));
  }

  /** Tells whether a reference points to an artist; others map to nothing and are dropped. */
  @SourceParameterCondition
  default boolean pointsToAnArtist(ArtistRefDto artist) {
    return artist != null && artist.id() != null && artist.id() > 0;
  }
}
