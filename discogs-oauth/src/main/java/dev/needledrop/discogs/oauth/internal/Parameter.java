package dev.needledrop.discogs.oauth.internal;

import java.util.Objects;

/**
 * One name/value pair of a request, decoded; names may repeat.
 *
 * @param name the decoded name
 * @param value the decoded value, empty when the parameter has none
 */
public record Parameter(String name, String value) {

  /** Creates the pair, refusing nulls. */
  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }
}
