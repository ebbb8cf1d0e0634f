package dev.needledrop.discogs.cli;

import java.util.Map;
import java.util.Optional;

/**
 * Where the command reads environment variables and learns whether a person watches it: the
 * process's in production, given values in tests, so that a token set on the build machine can
 * never reach a test.
 */
@FunctionalInterface
interface Environment {

  /** The variable holding a personal access token for the real Discogs API. */
  String TOKEN = "DISCOGS_TOKEN";

  /** Returns the variable's value, empty when it is unset or blank. */
  Optional<String> variable(String name);

  /**
   * Tells whether the command runs on a terminal, where progress may be redrawn in place; not when
   * its output goes to a file or a pipe. No by default.
   */
  default boolean isTerminal() {
    return false;
  }

  /** Returns the process's environment. */
  static Environment system() {
    return new Environment() {
      @Override
      public Optional<String> variable(String name) {
        return nonBlank(System.getenv(name));
      }

      // The JDK gives a console only when input and output are a terminal, not redirected.
      @Override
      public boolean isTerminal() {
        return System.console() != null;
      }
    };
  }

  /** Returns an environment holding exactly the given variables, not on a terminal. */
  static Environment of(Map<String, String> variables) {
    Map<String, String> copy = Map.copyOf(variables);
    return name -> nonBlank(copy.get(name));
  }

  /** Returns an environment holding exactly the given variables, on a terminal. */
  static Environment onTerminal(Map<String, String> variables) {
    Environment variablesOnly = of(variables);
    return new Environment() {
      @Override
      public Optional<String> variable(String name) {
        return variablesOnly.variable(name);
      }

      @Override
      public boolean isTerminal() {
        return true;
      }
    };
  }

  private static Optional<String> nonBlank(String value) {
    return Optional.ofNullable(value).filter(present -> !present.isBlank());
  }
}
