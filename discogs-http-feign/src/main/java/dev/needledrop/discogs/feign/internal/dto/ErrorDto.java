package dev.needledrop.discogs.feign.internal.dto;

/** The body of a Discogs error: {@code {"message": "Release not found."}}. */
public record ErrorDto(String message) {}
