package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.MasterDto;
import dev.needledrop.discogs.feign.internal.dto.MasterVersionDto;
import dev.needledrop.discogs.feign.internal.dto.MasterVersionsPageDto;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.paging.Page;
import java.util.List;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps a master release and its versions. */
@Mapper(config = DiscogsMapperConfig.class, uses = CommonMapper.class)
public interface MasterMapper extends PageMapping {

  /** Maps a master whose lowest price is labelled with the given currency. */
  @Mapping(target = "year", qualifiedByName = "year")
  @Mapping(target = "mostRecentRelease", qualifiedByName = "optionalReleaseId")
  @Mapping(target = "lowestPrice", qualifiedByName = "money")
  Master toMaster(MasterDto master, @Context Currency currency);

  @Mapping(target = "released", qualifiedByName = "partialDate")
  MasterVersion toVersion(MasterVersionDto version);

  List<MasterVersion> toVersions(List<MasterVersionDto> versions);

  /** Maps a page of versions. */
  default Page<MasterVersion> toVersionsPage(MasterVersionsPageDto page) {
    return toPage(page.pagination(), toVersions(page.versions()));
  }
}
