package dev.needledrop.discogs.feign.internal.dto;

/** A short reference to a user, such as a release's submitter. */
public record UserRefDto(String username, Long id, String avatarUrl) {}
