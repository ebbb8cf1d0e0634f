package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

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
    boolean stub = command instanceof DiscogsCommand run && run.settings().stub();
    String advice =
        command instanceof DiscogsCommand run ? run.credentialsAdvice() : Failure.HOW_TO_LOG_IN;
    Failure report = Failure.of(failure, subject, stub, advice);
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
    err.println(PREFIX + oneLine(describe(wrong)) + "; see '" + help + "'");
    err.flush();
    return ExitCode.USAGE;
  }

  // Picocli words its errors for Java programmers ("Unmatched argument at index 0"); these say
  // the same in the command's own terms.
  private static String describe(ParameterException wrong) {
    if (wrong instanceof UnmatchedArgumentException unmatched) {
      return unmatched(unmatched);
    }
    if (wrong instanceof MissingParameterException missing) {
      return "missing " + names(missing.getMissing());
    }
    if (wrong.getCause() instanceof TypeConversionException conversion) {
      return wrong.getArgSpec() instanceof OptionSpec option
          ? option.longestName() + " " + conversion.getMessage()
          : conversion.getMessage();
    }
    return wrong.getMessage();
  }

  private static String unmatched(UnmatchedArgumentException unmatched) {
    String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
    if (unmatched.isUnknownOption()) {
      return "unknown option '" + first + "'";
    }
    boolean topLevel = unmatched.getCommandLine().getParent() == null;
    if (!topLevel) {
      return "unexpected argument '" + String.join(" ", unmatched.getUnmatched()) + "'";
    }
    String guess =
        unmatched.getSuggestions().stream()
            .filter(command -> Text.isTypoOf(first, command))
            .findFirst()
            .map(command -> " (did you mean '" + command + "'?)")
            .orElse("");
    return "unknown command '" + first + "'" + guess;
  }

  private static String names(List<ArgSpec> missing) {
    return missing.stream()
        .map(arg -> arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel())
        .collect(Collectors.joining(", "));
  }

  private static String oneLine(String text) {
    return text == null ? "" : TerminalText.neutralised(text.replaceAll("\\s*\\R\\s*", " ").trim());
  }
}
