package dev.needledrop.discogs.auth;

import java.util.Objects;

/** Checks for secret values: they must be present and safe to put in a header. */
final class Secrets {

  static final String HIDDEN = "****";

  private Secrets() {}

  /** Refuses a missing, blank or header-breaking value, without echoing it. */
  static String require(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(name + " must not contain control characters");
    }
    return value;
  }
}
