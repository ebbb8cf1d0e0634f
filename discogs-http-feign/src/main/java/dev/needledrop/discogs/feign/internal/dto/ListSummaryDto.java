package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A list among a user's lists. Discogs sends {@code id}, {@code date_added}, {@code date_changed}
 * and {@code uri}; its documentation names them {@code list_id}, {@code created_ts}, {@code
 * modified_ts} and {@code url}. Both are read; the mapper prefers the names Discogs sends.
 */
public record ListSummaryDto(
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
    String url) {

  /** Refuses a list without an id under either name. */
  public ListSummaryDto {
    RequiredIds.require(ListIds.either(id, listId), "list id");
  }
}
