package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code discogs logout}: removes the login {@code discogs login} saved; sends nothing. With {@code
 * --stub}, given before or after the command's name, it leaves the saved login alone: a run against
 * the stub never saves one.
 */
@Command(
    name = "logout",
    mixinStandardHelpOptions = true,
    description = {
      "Removes the login 'discogs login' saved.",
      "The access token stays valid on Discogs until you revoke the application in your"
          + " Discogs settings. With --stub nothing is removed: the stub's logins are never saved."
    })
final class LogoutCommand implements Callable<Integer> {

  @Mixin GlobalOptions options;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    DiscogsCli cli = (DiscogsCli) spec.root().userObject();
    PrintWriter out = spec.commandLine().getOut();
    if (cli.options().merge(options).stub()) {
      out.println("Nothing to log out of with --stub: the saved login, if any, was left as it is.");
      out.flush();
      return ExitCode.OK;
    }
    Path file =
        LoginFile.location(cli.environment())
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "no folder holds a login: neither XDG_CONFIG_HOME nor HOME is set"));
    out.println(
        LoginFile.delete(file)
            ? "Logged out: removed " + file + "."
            : "Not logged in: no " + file + ".");
    out.flush();
    return ExitCode.OK;
  }
}
