package dev.needledrop.discogs.archfixtures.feign.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A wire DTO, as the Feign adapter keeps in its internal package. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReleaseDto(@JsonProperty("id") long id, @JsonProperty("title") String title) {}
