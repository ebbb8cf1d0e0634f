package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of search results. */
public record SearchPageDto(PaginationDto pagination, List<SearchResultDto> results) {}
