package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** The short description of a release that collection items and wants carry. */
public record BasicInformationDto(
    Long id,
    String title,
    Integer year,
    String thumb,
    String coverImage,
    List<FormatDto> formats,
    List<EntityCreditDto> labels,
    List<ArtistCreditDto> artists,
    List<String> genres,
    List<String> styles,
    Long masterId) {}
