package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body that rates a copy or moves it to another folder; only what changes is written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstanceChangeDto(Integer rating, Long folderId) {}
