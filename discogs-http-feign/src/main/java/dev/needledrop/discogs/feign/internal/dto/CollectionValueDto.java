package dev.needledrop.discogs.feign.internal.dto;

/** A collection's value as Discogs formats it for display, such as {@code "$250.00"}. */
public record CollectionValueDto(String minimum, String median, String maximum) {}
