package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of a user's lists. */
public record ListsPageDto(PaginationDto pagination, List<ListSummaryDto> lists) {}
