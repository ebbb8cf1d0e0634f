package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A page of an artist's discography. */
public record ArtistReleasesPageDto(PaginationDto pagination, List<ArtistReleaseDto> releases) {}
