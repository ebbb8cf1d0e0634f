package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of the caller's orders. */
public record OrdersPageDto(PaginationDto pagination, List<OrderDto> orders) {}
