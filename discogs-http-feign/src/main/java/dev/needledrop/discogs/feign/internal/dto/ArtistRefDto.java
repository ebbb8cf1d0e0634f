package dev.needledrop.discogs.feign.internal.dto;

/**
 * Another artist as an artist lists it: an alias, a member or a group ({@code active} only for the
 * last two).
 */
public record ArtistRefDto(Long id, String name, String thumbnailUrl, Boolean active) {}
