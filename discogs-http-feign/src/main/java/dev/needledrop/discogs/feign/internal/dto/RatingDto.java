package dev.needledrop.discogs.feign.internal.dto;

/** A rating summary; {@code average} comes as an integer or a float. */
public record RatingDto(Double average, Integer count) {}
