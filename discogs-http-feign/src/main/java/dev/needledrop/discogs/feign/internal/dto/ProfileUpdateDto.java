package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of a profile edit; only the parts that change are written. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileUpdateDto(
    String name,
    String homePage,
    String location,
    String profile,
    @JsonProperty("curr_abbr") String currency) {}
