package dev.needledrop.discogs.feign.internal.dto;

import java.util.List;

/** A format of a release; {@code qty} is text on the wire. */
public record FormatDto(String name, String qty, List<String> descriptions, String text) {}
