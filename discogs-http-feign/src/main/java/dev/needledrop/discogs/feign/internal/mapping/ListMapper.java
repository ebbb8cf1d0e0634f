package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.ListIds;
import dev.needledrop.discogs.feign.internal.dto.ListSummaryDto;
import dev.needledrop.discogs.feign.internal.dto.ListsPageDto;
import dev.needledrop.discogs.feign.internal.dto.UserListDto;
import dev.needledrop.discogs.model.ListId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.lists.ListItem;
import dev.needledrop.discogs.model.lists.ListSummary;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.paging.Page;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/**
 * Maps users' lists. Each value is read under the key Discogs sends and, when that is absent, under
 * the key its documentation names ({@code list_id}, {@code created_ts}, {@code modified_ts}, {@code
 * url}).
 */
@Mapper(
    config = DiscogsMapperConfig.class,
    uses = {CommonMapper.class, UserDataFormats.class})
public interface ListMapper extends PageMapping {

  /** Maps the list owner's reference. */
  ReleaseMapper USERS = Mappers.getMapper(ReleaseMapper.class);

  /** Maps a list among a user's lists. */
  default ListSummary toSummary(ListSummaryDto list) {
    return new ListSummary(
        ListId.of(ListIds.either(list.id(), list.listId())),
        list.name(),
        list.description(),
        Boolean.TRUE.equals(list.isPublic()),
        timestamp(list.dateAdded(), list.createdTs()),
        timestamp(list.dateChanged(), list.modifiedTs()),
        text(list.uri(), list.url()));
  }

  List<ListSummary> toSummaries(List<ListSummaryDto> lists);

  /** Maps a page of a user's lists. */
  default Page<ListSummary> toListsPage(ListsPageDto page) {
    return toPage(page.pagination(), toSummaries(page.lists()));
  }

  /** Maps a list with its entries. */
  default UserList toList(UserListDto list) {
    return new UserList(
        ListId.of(ListIds.either(list.id(), list.listId())),
        list.name(),
        list.description(),
        Boolean.TRUE.equals(list.isPublic()),
        timestamp(list.dateAdded(), list.createdTs()),
        timestamp(list.dateChanged(), list.modifiedTs()),
        text(list.uri(), list.url()),
        USERS.toSubmitter(list.user()),
        list.imageUrl(),
        toItems(list.items()));
  }

  ListItem toItem(UserListDto.ListItemDto item);

  List<ListItem> toItems(List<UserListDto.ListItemDto> items);

  private static Optional<Timestamp> timestamp(String live, String documented) {
    Optional<Timestamp> read = WireFormats.timestamp(live);
    return read.isPresent() ? read : WireFormats.timestamp(documented);
  }

  private static String text(String live, String documented) {
    return live == null || live.isBlank() ? documented : live;
  }
}
