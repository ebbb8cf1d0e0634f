package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of a seller's inventory. */
public record InventoryPageDto(PaginationDto pagination, List<ListingDto> listings) {}
