package dev.needledrop.discogs.archfixtures.testkit;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A Jackson DTO outside the Feign adapter's internal package. */
public record StubPayload(@JsonProperty("message") String message) {}
