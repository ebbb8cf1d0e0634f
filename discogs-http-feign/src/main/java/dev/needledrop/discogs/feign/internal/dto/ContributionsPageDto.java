package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of the releases a user added to the database: a list of whole releases. */
public record ContributionsPageDto(PaginationDto pagination, List<ReleaseDto> contributions) {}
