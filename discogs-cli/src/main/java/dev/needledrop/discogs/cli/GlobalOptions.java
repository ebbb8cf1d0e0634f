package dev.needledrop.discogs.cli;

import java.net.URI;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every command takes, given before or after the command's name: mixed into the
 * top-level command and into each command, then {@linkplain #merge merged}.
 */
final class GlobalOptions {

  @Option(
      names = "--stub",
      description =
          "Run against a stub of Discogs started inside the command on 127.0.0.1 and seeded with"
              + " responses recorded from Discogs: no network, no token. Each run starts a fresh"
              + " stub, and what a command changes there is gone when it ends.")
  boolean stub;

  @Option(
      names = "--stub-user",
      paramLabel = "NAME",
      description =
          "With --stub, act as this user of the stub: example_user (the default: a collection,"
              + " wantlist and lists, selling nothing), example_seller (the recorded listings,"
              + " order and inventory) or other_user (an empty new account).")
  String stubUser;

  @Option(names = "--json", description = "Print the JSON Discogs sent instead of a summary.")
  boolean json;

  @Option(
      names = "-v",
      description =
          "Log each request line and status to standard error, credentials hidden; "
              + "-vv adds the headers. Also shows the stack trace of a failure.")
  boolean[] verbose = new boolean[0];

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      // The URL on a line of its own: help wrapping would otherwise split it at a dot.
      description = {
        "Call another Discogs-compatible server, such as a recording proxy.",
        "Default: " + Converters.EXAMPLE_BASE_URL
      })
  URI baseUrl;

  @Option(
      names = "--no-retry",
      description =
          "Give up at the first failure: no retry after a 429, a server error or a lost "
              + "connection.")
  boolean noRetry;

  /** Returns the settings with these options added, as given on a command between. */
  Settings addTo(Settings base) {
    return new Settings(
        base.stub() || stub,
        base.json() || json,
        base.verbosity() + verbose.length,
        base.baseUrl().or(() -> Optional.ofNullable(baseUrl)),
        base.noRetry() || noRetry,
        base.stubUser().or(() -> Optional.ofNullable(stubUser)));
  }

  /** Returns the settings given here and in the other place, either place counting. */
  Settings merge(GlobalOptions other) {
    return new Settings(
        stub || other.stub,
        json || other.json,
        verbose.length + other.verbose.length,
        Optional.ofNullable(baseUrl != null ? baseUrl : other.baseUrl),
        noRetry || other.noRetry,
        Optional.ofNullable(stubUser != null ? stubUser : other.stubUser));
  }
}
