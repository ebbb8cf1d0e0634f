package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * One lookup against Discogs: connects as the global options say, fetches, and prints either a
 * summary or the JSON as Discogs sent it. Subclasses say what they fetch and how they summarise it;
 * failures are left to {@link Failures}.
 */
abstract class DiscogsCommand implements Callable<Integer> {

  @Mixin GlobalOptions options;

  @Spec CommandSpec spec;

  private Settings settings = Settings.DEFAULT;
  private Connection connection;
  private String credentialsAdvice = Failure.HOW_TO_LOG_IN;

  @Override
  public final Integer call() {
    settings = mergedSettings();
    checkSettings();
    checkArguments();
    Verbosity log = Verbosity.apply(settings.verbosity(), spec.commandLine().getErr());
    try {
      fetchAndPrint(spec.commandLine().getOut());
    } finally {
      log.close();
    }
    return ExitCode.OK;
  }

  /** Checks the command's own arguments before anything is started; nothing to check by default. */
  void checkArguments() {}

  /** Returns what the command works on, for messages, such as {@code release 249504}. */
  abstract String subject();

  /** Fetches the JSON the command prints with {@code --json}. */
  abstract String fetchJson(RawDiscogs raw);

  /** Fetches through the typed client and prints the summary. */
  abstract void summarise(Discogs discogs, PrintWriter out);

  /** Returns the merged global options of this run. */
  final Settings settings() {
    return settings;
  }

  /**
   * Says how to fix credentials that are missing or that Discogs refused, for this run: by default
   * what fits where the connection's credentials came from.
   */
  String credentialsAdvice() {
    return credentialsAdvice;
  }

  /** Returns the connection of this run, while the command fetches and prints. */
  final Connection connection() {
    if (connection == null) {
      throw new IllegalStateException("the command is not connected yet");
    }
    return connection;
  }

  /** Returns the top-level command, which holds the environment and the first global options. */
  final DiscogsCli cli() {
    return (DiscogsCli) spec.root().userObject();
  }

  /** Returns a usage error of this command with the given message, to be thrown. */
  final ParameterException usageError(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** Runs a step that reads user input, reporting what it refuses as a usage error. */
  final <T> T usage(Supplier<T> step) {
    try {
      return step.get();
    } catch (IllegalArgumentException | IllegalStateException refused) {
      throw new ParameterException(spec.commandLine(), refused.getMessage(), refused);
    }
  }

  private void fetchAndPrint(PrintWriter out) {
    try (Connection connected = connect()) {
      connection = connected;
      credentialsAdvice = connected.credentialsAdvice();
      if (settings.json()) {
        printJson(fetchJson(connected.raw()), out);
      } else {
        PrintWriter safe = TerminalText.over(out);
        summarise(connected.discogs(), safe);
        safe.flush();
      }
    } finally {
      connection = null;
    }
    out.flush();
  }

  // Only the settings the user gave are usage errors; a stub that fails to start is not.
  private Connection connect() {
    if (settings.stub()) {
      return Connection.toStub(settings);
    }
    Connection connection = usage(() -> Connection.toServer(settings, cli().environment()));
    warnOfAReadableLogin();
    return connection;
  }

  // Only a warning: the login works, but others on the machine may have copied it.
  private void warnOfAReadableLogin() {
    LoginFile.location(cli().environment())
        .filter(Files::isRegularFile)
        .filter(LoginFile::isReadableByOthers)
        .ifPresent(
            file -> {
              PrintWriter err = spec.commandLine().getErr();
              err.println(
                  Failures.PREFIX
                      + "warning: "
                      + file
                      + " holds your login and is readable by others; run 'chmod 600 "
                      + file
                      + "'");
              err.flush();
            });
  }

  // Global options count wherever they were given: before the first command, after this one, or
  // after a command between them (discogs inventory --stub export).
  private Settings mergedSettings() {
    Settings merged = cli().options().merge(options);
    for (CommandSpec parent = spec.parent(); parent != null; parent = parent.parent()) {
      if (parent.userObject() instanceof DiscogsCommand command) {
        merged = command.options.addTo(merged);
      }
    }
    return merged;
  }

  private void checkSettings() {
    if (settings.stub() && settings.baseUrl().isPresent()) {
      throw new ParameterException(
          spec.commandLine(), "--stub and --base-url exclude each other: pick one server");
    }
    if (settings.stubUser().isPresent() && !settings.stub()) {
      throw usageError("--stub-user names a user of the stub, so it needs --stub");
    }
    settings.stubUser().ifPresent(user -> usage(() -> StubUsers.token(user)));
  }

  private static void printJson(String body, PrintWriter out) {
    out.print(body);
    if (!body.endsWith("\n")) {
      out.println();
    }
  }
}
