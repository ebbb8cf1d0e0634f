package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of a label's catalogue. */
public record LabelReleasesPageDto(PaginationDto pagination, List<LabelReleaseDto> releases) {}
