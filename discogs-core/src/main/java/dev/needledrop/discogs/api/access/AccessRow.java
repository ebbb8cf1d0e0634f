package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.Requirement;
import java.util.Objects;

/**
 * The parts of one row of an access table: the port method, what it does as messages name it, and
 * the credentials it needs. Each table's enum holds one, so the accessors are written once.
 *
 * @param method the name of the port method, such as {@code search}
 * @param operation what the call does, such as {@code searching the database}
 * @param requirement what the call needs
 */
public record AccessRow(String method, String operation, Requirement requirement) {

  /** Checks that every part is present. */
  public AccessRow {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(operation, "operation");
    Objects.requireNonNull(requirement, "requirement");
  }
}
