package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Reports what went wrong as one line on standard error, prefixed with the command's name, and
 * picks the exit code. Stack traces appear only with {@code -v}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

  static final String PREFIX = "discogs: ";

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine commandLine, ParseResult parseResult) {
    Object command = commandLine.getCommand();
    String subject = command instanceof DiscogsCommand run ? run.subject() : "discogs";
    Failure report = Failure.of(failure, subject);
    PrintWriter err = commandLine.getErr();
    err.println(PREFIX + oneLine(report.line()));
    if (command instanceof DiscogsCommand run && run.settings().verbosity() > 0) {
      failure.printStackTrace(err);
    }
    err.flush();
    return report.exitCode();
  }

  @Override
  public int handleParseException(ParameterException wrong, String[] args) {
    CommandLine commandLine = wrong.getCommandLine();
    String help = commandLine.getCommandSpec().qualifiedName() + " --help";
    PrintWriter err = commandLine.getErr();
    err.println(PREFIX + oneLine(wrong.getMessage()) + " (see '" + help + "')");
    err.flush();
    return ExitCode.USAGE;
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
