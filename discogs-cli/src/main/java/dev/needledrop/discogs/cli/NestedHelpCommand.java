package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code discogs help [COMMAND...]}: the help of a command, however deep, as {@code discogs help
 * want add} shows that of {@code want add}; picocli's own help command reads only the first name.
 */
@Command(
    name = "help",
    helpCommand = true,
    description = "Shows the help of a command, such as 'discogs help want add'.")
final class NestedHelpCommand implements IHelpCommandInitializable2, Runnable {

  @Parameters(
      paramLabel = "COMMAND",
      arity = "0..*",
      description = "The command, then its subcommands, such as: collection export.")
  List<String> names = new ArrayList<>();

  private CommandLine self;
  private Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(
      CommandLine helpCommandLine,
      Help.ColorScheme colorScheme,
      PrintWriter outWriter,
      PrintWriter errWriter) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = outWriter;
  }

  /** Prints the help of the command named, or of the whole tool without a name. */
  @Override
  public void run() {
    CommandLine command = self.getParent();
    for (String name : names) {
      CommandLine sub = command.getSubcommands().get(name);
      if (sub == null) {
        throw new ParameterException(self, unknown(command, name));
      }
      command = sub;
    }
    command.usage(out, colors);
  }

  private static String unknown(CommandLine command, String name) {
    String path = command.getCommandSpec().qualifiedName();
    List<String> known = new ArrayList<>(command.getSubcommands().keySet());
    known.remove("help");
    return known.isEmpty()
        ? "'" + path + "' has no command '" + name + "'"
        : "'" + path + "' has no command '" + name + "'; it has " + String.join(", ", known);
  }
}
