package dev.needledrop.discogs.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code discogs} command: looks things up in the Discogs database from a terminal, and works
 * with collections and wantlists.
 */
@Command(
    name = "discogs",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Looks up releases, masters, artists and labels in the Discogs database, and searches it;"
          + " lists and exports collections, and lists and keeps wantlists; shows marketplace"
          + " listings, inventories and orders, and exports or uploads an inventory as CSV;"
          + " logs in to your account with OAuth.",
      "Prints a readable summary, or with --json the JSON Discogs sent."
    },
    subcommands = {
      ReleaseCommand.class,
      MasterCommand.class,
      ArtistCommand.class,
      LabelCommand.class,
      SearchCommand.class,
      CollectionCommand.class,
      WantlistCommand.class,
      WantCommand.class,
      ListingCommand.class,
      InventoryCommand.class,
      OrdersCommand.class,
      LoginCommand.class,
      WhoamiCommand.class,
      LogoutCommand.class,
      NestedHelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCode.OK_HELP,
      ExitCode.FAILED_HELP,
      ExitCode.USAGE_HELP,
      ExitCode.NOT_FOUND_HELP,
      ExitCode.AUTH_HELP,
      ExitCode.RATE_LIMITED_HELP
    },
    footerHeading = "%nEnvironment:%n",
    // Written line by line to fit USAGE_WIDTH, so that no word is left alone on a line.
    footer = {
      "  " + Environment.TOKEN + "  a personal access token (Discogs > Settings > Developers),",
      "                 sent to https://api.discogs.com; search needs one.",
      "                 Wins over a saved login. Not used with --stub.",
      "  " + Environment.CONSUMER_KEY + ", " + Environment.CONSUMER_SECRET,
      "                 the application 'discogs login' logs in for.",
      "  " + Environment.XDG_CONFIG_HOME + "  where 'discogs login' saves its login",
      "                 (discogs/credentials; default ~/.config).",
      "",
      "Try: discogs --stub release 249504",
      "     discogs help search"
    })
public final class DiscogsCli implements Callable<Integer> {

  /** The width help is laid out for: what every terminal shows. */
  static final int USAGE_WIDTH = 80;

  @Mixin private GlobalOptions options;

  @Spec private CommandSpec spec;

  private final Environment environment;
  private final BufferedReader input;

  DiscogsCli(Environment environment, BufferedReader input) {
    this.environment = Objects.requireNonNull(environment, "environment");
    this.input = Objects.requireNonNull(input, "input");
  }

  /** Runs the command with the process's streams and environment, and exits with its code. */
  public static void main(String[] args) {
    TlsWarmUp.start();
    // UTF-8 whatever the platform default: titles and JSON are Unicode.
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    System.exit(run(Environment.system(), in, out, err, args));
  }

  /**
   * Runs the command with the given environment and streams, and nothing to read; returns the exit
   * code.
   */
  static int run(Environment environment, PrintWriter out, PrintWriter err, String... args) {
    return run(environment, new BufferedReader(Reader.nullReader()), out, err, args);
  }

  /** Runs the command with the given environment and streams; returns the exit code. */
  static int run(
      Environment environment,
      BufferedReader in,
      PrintWriter out,
      PrintWriter err,
      String... args) {
    return commandLine(environment, in, out, err).execute(args);
  }

  /** Returns the command line, wired to the given environment and streams. */
  static CommandLine commandLine(
      Environment environment, BufferedReader in, PrintWriter out, PrintWriter err) {
    Failures failures = new Failures();
    CommandLine commandLine =
        new CommandLine(new DiscogsCli(environment, in))
            .setOut(out)
            .setErr(err)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setUsageHelpWidth(USAGE_WIDTH)
            .setUsageHelpAutoWidth(false)
            .setExecutionExceptionHandler(failures)
            .setParameterExceptionHandler(failures);
    Converters.register(commandLine);
    // Every command answers -V / --version, not only the top-level one.
    commandLine
        .getSubcommands()
        .values()
        .forEach(command -> command.getCommandSpec().versionProvider(new Version()));
    return commandLine;
  }

  /** Refuses to run without a command. */
  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(),
        "a command is needed: release, master, artist, label, search, collection, wantlist,"
            + " want, listing, inventory, orders, login, whoami or logout");
  }

  GlobalOptions options() {
    return options;
  }

  Environment environment() {
    return environment;
  }

  /** Returns where typed answers are read from, such as the verifier of a login. */
  BufferedReader input() {
    return input;
  }
}
