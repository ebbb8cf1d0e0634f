package dev.needledrop.discogs.cli;

import java.util.Map;
import java.util.Optional;

/**
 * Where the command reads environment variables and learns whether a person watches it: the
 * process's in production, given values in tests, so that a token set on the build machine can
 * never reach a test.
 */
interface Environment {

  /** The variable holding a personal access token for the real Discogs API. */
  String TOKEN = "DISCOGS_TOKEN";

  /** The variable holding the consumer key of the application {@code discogs login} uses. */
  String CONSUMER_KEY = "DISCOGS_CONSUMER_KEY";

  /** The variable holding that application's consumer secret. */
  String CONSUMER_SECRET = "DISCOGS_CONSUMER_SECRET";

  /** The user's configuration folder, where {@code discogs login} saves the credentials. */
  String XDG_CONFIG_HOME = "XDG_CONFIG_HOME";

  /** The user's home folder, whose {@code .config} is used without XDG_CONFIG_HOME. */
  String HOME = "HOME";

  /** Returns the variable's value, empty when it is unset or blank. */
  Optional<String> variable(String name);

  /** Tells whether the variable is set but blank: a mistake to report, not the same as unset. */
  default boolean isBlank(String name) {
    return false;
  }

  /**
   * Tells whether the command runs on a terminal, where progress may be redrawn in place; not when
   * its output goes to a file or a pipe. No by default.
   */
  default boolean isTerminal() {
    return false;
  }

  /** Returns the process's environment; HOME falls back to the JVM's idea of the home folder. */
  static Environment system() {
    return new Environment() {
      @Override
      public Optional<String> variable(String name) {
        return nonBlank(System.getenv(name))
            .or(
                () ->
                    name.equals(HOME)
                        ? nonBlank(System.getProperty("user.home"))
                        : Optional.empty());
      }

      @Override
      public boolean isBlank(String name) {
        String value = System.getenv(name);
        return value != null && value.isBlank();
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
    return new Environment() {
      @Override
      public Optional<String> variable(String name) {
        return nonBlank(copy.get(name));
      }

      @Override
      public boolean isBlank(String name) {
        return copy.containsKey(name) && copy.get(name).isBlank();
      }
    };
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
      public boolean isBlank(String name) {
        return variablesOnly.isBlank(name);
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
