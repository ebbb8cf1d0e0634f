package dev.needledrop.discogs.feign.internal.dto;

/** Another label as a label lists it: a sublabel or the parent label. */
public record LabelRefDto(Long id, String name) {}
