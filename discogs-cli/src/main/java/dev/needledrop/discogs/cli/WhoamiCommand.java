package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Identity;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code discogs whoami}: the user the credentials act for, from {@code /oauth/identity}. */
@Command(
    name = "whoami",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Prints the user the credentials act for, and where they come from.",
      "DISCOGS_TOKEN wins; without it, the login 'discogs login' saved for the server is used."
    })
final class WhoamiCommand extends DiscogsCommand {

  @Override
  String subject() {
    return "whoami";
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    return raw.get("/oauth/identity");
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    Identity identity = discogs.users().identity();
    String application =
        identity.consumerName().isEmpty() ? "" : ", through " + identity.consumerName();
    out.println(identity.username() + " (user " + identity.id() + application + ")");
    out.println("Credentials: " + connection().credentialsSource() + ".");
  }
}
