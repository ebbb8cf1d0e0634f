package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.WantDto;
import dev.needledrop.discogs.feign.internal.dto.WantsPageDto;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.paging.Page;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** Maps wantlist entries. */
@Mapper(config = DiscogsMapperConfig.class, uses = UserDataFormats.class)
public interface WantlistMapper extends PageMapping {

  /** Maps the short descriptions of releases. */
  BasicInformationMapper BASIC_INFORMATION = Mappers.getMapper(BasicInformationMapper.class);

  @Mapping(target = "releaseId", source = "id")
  @Mapping(target = "rating", qualifiedByName = "rating")
  @Mapping(target = "dateAdded", qualifiedByName = "timestamp")
  @Mapping(target = "release", source = ".")
  Want toWant(WantDto want);

  List<Want> toWants(List<WantDto> wants);

  /** Maps a page of the wantlist. */
  default Page<Want> toWantsPage(WantsPageDto page) {
    return toPage(page.pagination(), toWants(page.wants()));
  }

  /** Maps the release wanted, identified by the entry's release id. */
  default BasicInformation toRelease(WantDto want) {
    return BASIC_INFORMATION.toBasicInformation(want.basicInformation(), ReleaseId.of(want.id()));
  }
}
