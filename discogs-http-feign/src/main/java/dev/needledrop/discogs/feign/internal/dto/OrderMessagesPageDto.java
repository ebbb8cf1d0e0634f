package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of an order's messages. */
public record OrderMessagesPageDto(PaginationDto pagination, List<OrderMessageDto> messages) {}
