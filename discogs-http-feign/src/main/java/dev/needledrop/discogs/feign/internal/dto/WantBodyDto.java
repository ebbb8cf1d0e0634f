package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body that adds or edits a want; only what is set is written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WantBodyDto(String notes, Integer rating) {}
