package dev.needledrop.discogs.feign.internal.dto;

/** An image; the URLs are empty for anonymous callers. */
public record ImageDto(String type, String uri, String uri150, Integer width, Integer height) {}
