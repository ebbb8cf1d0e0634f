package dev.needledrop.discogs.feign.internal.dto;

/** The body of a folder creation or rename: {@code {"name": "..."}}. */
public record FolderNameDto(String name) {}
