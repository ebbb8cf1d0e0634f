package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of the caller's exports, under {@code items}. */
public record ExportsPageDto(PaginationDto pagination, List<ExportDto> items) {}
