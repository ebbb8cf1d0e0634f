package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.LabelDto;
import dev.needledrop.discogs.feign.internal.dto.LabelRefDto;
import dev.needledrop.discogs.feign.internal.dto.LabelReleaseDto;
import dev.needledrop.discogs.feign.internal.dto.LabelReleasesPageDto;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRef;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.paging.Page;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.SourceParameterCondition;

/** Maps a label and its catalogue. */
@Mapper(config = DiscogsMapperConfig.class, uses = CommonMapper.class)
public interface LabelMapper extends PageMapping {

  Label toLabel(LabelDto label);

  /** Maps a sublabel or parent label; one without an id is left out. */
  LabelRef toLabelRef(LabelRefDto label);

  /** Maps the parent label, absent when there is none. */
  default Optional<LabelRef> toParentLabel(LabelRefDto label) {
    return Optional.ofNullable(toLabelRef(label));
  }

  @Mapping(target = "year", qualifiedByName = "year")
  LabelRelease toLabelRelease(LabelReleaseDto release);

  List<LabelRelease> toLabelReleases(List<LabelReleaseDto> releases);

  /** Maps a page of the catalogue. */
  default Page<LabelRelease> toLabelReleasesPage(LabelReleasesPageDto page) {
    return toPage(page.pagination(), toLabelReleases(page.releases()));
  }

  /** Tells whether a reference points to a label; others map to nothing and are dropped. */
  @SourceParameterCondition
  default boolean pointsToALabel(LabelRefDto label) {
    return label != null && label.id() != null && label.id() > 0;
  }
}
