package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.ArtistId;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code discogs artist ID}: a person, group or alias. */
@Command(
    name = "artist",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Shows an artist: real name, members or groups, aliases, name variations, links and "
            + "profile.")
final class ArtistCommand extends DiscogsCommand {

  @Parameters(paramLabel = "ID", description = "The artist id, such as 260935.")
  ArtistId id;

  @Override
  String subject() {
    return "artist " + id;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    return raw.get("/artists/" + id);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    ArtistSummary.print(discogs.database().artist(id), out);
  }
}
