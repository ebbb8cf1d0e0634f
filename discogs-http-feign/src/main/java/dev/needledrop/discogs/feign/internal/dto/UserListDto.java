package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * A list with its items ({@code GET /lists/{id}}), read under the keys Discogs sends ({@code id},
 * {@code date_added}, {@code date_changed}, {@code uri}) and under those its documentation names
 * ({@code list_id}, {@code created_ts}, {@code modified_ts}, {@code url}).
 */
public record UserListDto(
    Long id,
    Long listId,
    String name,
    String description,
    @JsonProperty("public") Boolean isPublic,
    String dateAdded,
    String createdTs,
    String dateChanged,
    String modifiedTs,
    String uri,
    String url,
    UserRefDto user,
    String imageUrl,
    List<ListItemDto> items) {

  /** Refuses a list without an id under either name. */
  public UserListDto {
    RequiredIds.require(ListIds.either(id, listId), "list id");
  }

  /** One entry of a list: a release, master, artist or label. */
  public record ListItemDto(
      Long id,
      String type,
      String displayTitle,
      String comment,
      String uri,
      String imageUrl,
      StatsDto stats) {

    /** Refuses an entry without an id. */
    public ListItemDto {
      RequiredIds.require(id, "list item id");
    }
  }
}
