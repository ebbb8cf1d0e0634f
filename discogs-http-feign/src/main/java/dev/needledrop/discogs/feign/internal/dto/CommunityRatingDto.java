package dev.needledrop.discogs.feign.internal.dto;

/** The community rating of a release ({@code GET /releases/{id}/rating}). */
public record CommunityRatingDto(Long releaseId, RatingDto rating) {}
