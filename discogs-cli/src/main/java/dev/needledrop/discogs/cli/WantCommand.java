package dev.needledrop.discogs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code discogs want add|remove RELEASE_ID}: changes the token's user's wantlist. */
@Command(
    name = "want",
    mixinStandardHelpOptions = true,
    description = "Adds a release to the wantlist of the token's user, or removes it.",
    subcommands = {WantAddCommand.class, WantRemoveCommand.class})
final class WantCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Refuses to run without a subcommand. */
  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "a subcommand is needed: add or remove");
  }
}
