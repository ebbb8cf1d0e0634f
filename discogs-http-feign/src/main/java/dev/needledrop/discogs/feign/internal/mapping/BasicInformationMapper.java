package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.BasicInformationDto;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.BasicInformation;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps the short description of a release that collection items and wants carry. */
@Mapper(
    config = DiscogsMapperConfig.class,
    uses = {CommonMapper.class, ReleaseMapper.class})
public interface BasicInformationMapper {

  /**
   * Maps the description of the given release; the release id comes from the item carrying it,
   * since Discogs repeats it in both places and the item's is the one that identifies it.
   */
  @Mapping(target = "id", source = "release")
  @Mapping(target = "title", source = "basic.title")
  @Mapping(target = "year", source = "basic.year", qualifiedByName = "year")
  @Mapping(target = "thumb", source = "basic.thumb")
  @Mapping(target = "coverImage", source = "basic.coverImage")
  @Mapping(target = "formats", source = "basic.formats")
  @Mapping(target = "labels", source = "basic.labels")
  @Mapping(target = "artists", source = "basic.artists")
  @Mapping(target = "genres", source = "basic.genres")
  @Mapping(target = "styles", source = "basic.styles")
  @Mapping(target = "masterId", source = "basic.masterId", qualifiedByName = "optionalMasterId")
  BasicInformation toBasicInformation(BasicInformationDto basic, ReleaseId release);
}
