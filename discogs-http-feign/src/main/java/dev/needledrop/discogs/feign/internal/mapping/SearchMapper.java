package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.SearchPageDto;
import dev.needledrop.discogs.feign.internal.dto.SearchResultDto;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.paging.Page;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps search results; the wire's singular list names become the domain's plural ones. */
@Mapper(config = DiscogsMapperConfig.class)
public interface SearchMapper extends PageMapping {

  @Mapping(target = "master", source = "masterId", qualifiedByName = "optionalMasterId")
  @Mapping(target = "year", qualifiedByName = "yearText")
  @Mapping(target = "formats", source = "format")
  @Mapping(target = "labels", source = "label")
  @Mapping(target = "genres", source = "genre")
  @Mapping(target = "styles", source = "style")
  @Mapping(target = "barcodes", source = "barcode")
  SearchResult toSearchResult(SearchResultDto result);

  List<SearchResult> toSearchResults(List<SearchResultDto> results);

  SearchResult.HaveWant toHaveWant(SearchResultDto.HaveWantDto community);

  SearchResult.UserData toUserData(SearchResultDto.UserDataDto userData);

  /** Maps the have/want counts, absent for artists and labels. */
  default Optional<SearchResult.HaveWant> toCommunity(SearchResultDto.HaveWantDto community) {
    return Optional.ofNullable(toHaveWant(community));
  }

  /** Maps the caller's own flags, absent unless authenticated as a user. */
  default Optional<SearchResult.UserData> toOptionalUserData(SearchResultDto.UserDataDto userData) {
    return Optional.ofNullable(toUserData(userData));
  }

  /** Maps a page of results. */
  default Page<SearchResult> toSearchPage(SearchPageDto page) {
    return toPage(page.pagination(), toSearchResults(page.results()));
  }
}
