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

  /** Returns the process's environment; HOME falls back to the JVM's idea of the home folder. */
  static Environment system() {
    return name ->
        nonBlank(System.getenv(name))
            .or(
                () ->
                    name.equals(HOME)
                        ? nonBlank(System.getProperty("user.home"))
                        : Optional.empty());
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
