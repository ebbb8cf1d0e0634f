package dev.needledrop.discogs.feign.internal.dto;

/**
 * The {@code pagination} block of a paginated response. Its {@code urls} are left out on purpose:
 * the SDK pages by number and never follows a URL a response names.
 */
public record PaginationDto(Integer page, Integer pages, Integer perPage, Integer items) {}
