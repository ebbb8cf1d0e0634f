package dev.needledrop.discogs.feign.internal.dto;

/** A label, series or company credited on a release; {@code entity_type} is numeric text. */
public record EntityCreditDto(
    Long id,
    String name,
    String catno,
    String entityType,
    String entityTypeName,
    String thumbnailUrl) {}
