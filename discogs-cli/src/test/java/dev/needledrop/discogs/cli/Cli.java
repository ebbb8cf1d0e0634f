package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

/** Runs the discogs command in this JVM with captured output and a given environment. */
final class Cli {

  /** A token that must never appear in any output. */
  static final String SECRET_TOKEN = "s3cret-T0KEN-value";

  private Cli() {}

  /** What a run printed and returned. */
  record Result(int exitCode, String out, String err) {

    /** Returns standard error's lines. */
    List<String> errLines() {
      return err.lines().toList();
    }

    /** Returns standard output's lines. */
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  /** Returns an environment holding the stub's user token as {@code DISCOGS_TOKEN}. */
  static Map<String, String> tokenEnvironment() {
    return Map.of(Environment.TOKEN, StubDiscogsServer.USER_TOKEN);
  }

  /** Runs the command with an empty environment: no token from the build machine gets in. */
  static Result run(String... args) {
    return run(Map.of(), args);
  }

  /** Runs the command with exactly the given environment variables, not on a terminal. */
  static Result run(Map<String, String> environment, String... args) {
    return run(Environment.of(environment), Reader.nullReader(), args);
  }

  /** Runs the command as on a terminal, where progress is redrawn in place. */
  static Result runOnTerminal(String... args) {
    return run(Environment.onTerminal(Map.of()), Reader.nullReader(), args);
  }

  /** Runs the command with the given environment variables and what the user types. */
  static Result run(Map<String, String> environment, Reader typed, String... args) {
    return run(Environment.of(environment), typed, args);
  }

  private static Result run(Environment environment, Reader typed, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode =
        DiscogsCli.run(
            environment,
            new BufferedReader(typed),
            new PrintWriter(out),
            new PrintWriter(err),
            args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
