package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code discogs logout}: removes the login {@code discogs login} saved; sends nothing. */
@Command(
    name = "logout",
    mixinStandardHelpOptions = true,
    description = {
      "Removes the login 'discogs login' saved.",
      "The access token stays valid on Discogs until you revoke the application in your"
          + " Discogs settings."
    })
final class LogoutCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DiscogsCli cli = (DiscogsCli) spec.root().userObject();
    Path file =
        LoginFile.location(cli.environment())
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "no folder holds a login: neither XDG_CONFIG_HOME nor HOME is set"));
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        LoginFile.delete(file)
            ? "Logged out: removed " + file + "."
            : "Not logged in: no " + file + ".");
    out.flush();
    return ExitCode.OK;
  }
}
