package dev.needledrop.discogs.feign.internal.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The release stats in either shape: the documented counts or today's {@code {"is_offensive":
 * false}}.
 */
public record ReleaseStatsDto(
    Integer numHave, Integer numWant, @JsonProperty("is_offensive") Boolean offensive) {}
