package dev.needledrop.discogs.cli;

import java.util.Map;
import java.util.Optional;

/**
 * Where the command reads environment variables: the process's in production, a map in tests, so
 * that a token set on the build machine can never reach a test.
 */
@FunctionalInterface
interface Environment {

  /** The variable holding a personal access token for the real Discogs API. */
  String TOKEN = "DISCOGS_TOKEN";

  /** Returns the variable's value, empty when it is unset or blank. */
  Optional<String> variable(String name);

  /** Returns the process's environment. */
  static Environment system() {
    return name -> nonBlank(System.getenv(name));
  }

  /** Returns an environment holding exactly the given variables. */
  static Environment of(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    return name -> nonBlank(copy.get(name));
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(present -> !present.isBlank());
  }
}
