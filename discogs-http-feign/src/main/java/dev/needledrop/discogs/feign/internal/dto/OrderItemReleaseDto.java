package dev.needledrop.discogs.feign.internal.dto;

/** The release of an order item. */
public record OrderItemReleaseDto(Long id, String description) {}
