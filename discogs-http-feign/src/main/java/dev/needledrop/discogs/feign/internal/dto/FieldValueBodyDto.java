package dev.needledrop.discogs.feign.internal.dto;

/** The body that sets a custom field's value for a copy: {@code {"value": "..."}}. */
public record FieldValueBodyDto(String value) {}
