package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A release's community block. */
public record CommunityDto(
    Integer have,
    Integer want,
    RatingDto rating,
    UserRefDto submitter,
    List<UserRefDto> contributors,
    String dataQuality,
    String status) {}
