package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** The short release a listing carries. */
public record ListingReleaseDto(
    Long id,
    String description,
    String thumbnail,
    Integer year,
    String catalogNumber,
    String artist,
    String title,
    String format,
    String label,
    List<ImageDto> images,
    StatsDto stats) {}
