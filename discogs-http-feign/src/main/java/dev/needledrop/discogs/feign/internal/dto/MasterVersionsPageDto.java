package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of a master's versions; the {@code filters} and {@code filter_facets} are ignored. */
public record MasterVersionsPageDto(PaginationDto pagination, List<MasterVersionDto> versions) {}
