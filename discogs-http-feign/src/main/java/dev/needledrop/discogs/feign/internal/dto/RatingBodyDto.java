package dev.needledrop.discogs.feign.internal.dto;

/** The body of a rating update: {@code {"rating": n}}. */
public record RatingBodyDto(int rating) {}
