package dev.needledrop.discogs.feign.internal.dto;

/** A barcode, matrix number or other code printed on a release. */
public record IdentifierDto(String type, String value, String description) {}
