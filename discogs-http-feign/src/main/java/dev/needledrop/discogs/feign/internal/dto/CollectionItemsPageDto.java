package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of copies in a collection, of a folder or of one release. */
public record CollectionItemsPageDto(PaginationDto pagination, List<CollectionItemDto> releases) {}
