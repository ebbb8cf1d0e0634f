package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of a wantlist. */
public record WantsPageDto(PaginationDto pagination, List<WantDto> wants) {}
