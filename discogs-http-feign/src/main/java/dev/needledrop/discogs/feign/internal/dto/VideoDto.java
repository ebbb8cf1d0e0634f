package dev.needledrop.discogs.feign.internal.dto;

/** A linked video; {@code duration} is in seconds. */
public record VideoDto(
    String uri, String title, String description, Integer duration, Boolean embed) {}
