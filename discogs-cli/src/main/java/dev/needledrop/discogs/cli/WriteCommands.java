package dev.needledrop.discogs.cli;

import picocli.CommandLine.ParameterException;

/**
 * What the commands that change data or write files share: {@code --json} prints what Discogs sent
 * for a lookup, so they refuse it as a usage error before anything is sent.
 */
final class WriteCommands {

  private WriteCommands() {}

  /** Refuses {@code --json} for the command. */
  static void refuseJson(DiscogsCommand command) {
    if (command.settings().json()) {
      throw noJson(command);
    }
  }

  /** Returns the usage error for {@code --json} on the command. */
  static ParameterException noJson(DiscogsCommand command) {
    return new ParameterException(
        command.spec.commandLine(),
        "--json shows what Discogs sent for a lookup; '"
            + command.spec.qualifiedName()
            + "' changes data or writes a file, so leave --json out");
  }
}
