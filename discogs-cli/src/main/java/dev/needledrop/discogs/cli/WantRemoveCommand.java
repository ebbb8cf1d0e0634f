package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code discogs want remove RELEASE_ID}: removes a release from the token's user's wantlist. */
@Command(
    name = "remove",
    mixinStandardHelpOptions = true,
    description = "Removes a release from the wantlist of the token's user.")
final class WantRemoveCommand extends DiscogsCommand {

  @Parameters(paramLabel = "RELEASE_ID", description = "The release to remove, such as 249504.")
  ReleaseId release;

  @Override
  void checkArguments() {
    WriteCommands.refuseJson(this);
  }

  @Override
  String subject() {
    return "want " + release;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    throw WriteCommands.noJson(this);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    Username user = UserArgument.resolve(Optional.empty(), discogs);
    discogs.wantlist().removeWant(user, release);
    out.println("Removed " + release + " from " + user + "'s wantlist.");
  }
}
