package dev.needledrop.discogs.feign.internal.dto;

/** An artist credited on a release, master or track. */
public record ArtistCreditDto(
    Long id,
    String name,
    String anv,
    String join,
    String role,
    String tracks,
    String thumbnailUrl) {}
