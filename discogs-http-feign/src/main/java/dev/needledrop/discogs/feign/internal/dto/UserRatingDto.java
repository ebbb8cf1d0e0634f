package dev.needledrop.discogs.feign.internal.dto;

/** One user's rating of a release ({@code GET/PUT /releases/{id}/rating/{username}}). */
public record UserRatingDto(String username, Long releaseId, Integer rating) {}
