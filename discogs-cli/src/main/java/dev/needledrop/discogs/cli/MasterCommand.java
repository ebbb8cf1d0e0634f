package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.MasterId;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code discogs master ID}: the recording that groups all its editions. */
@Command(
    name = "master",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Shows a master release: artists and title, year, main and newest release, genres, "
            + "market, and the tracklist.")
final class MasterCommand extends DiscogsCommand {

  @Parameters(paramLabel = "ID", description = "The master id, such as 52086.")
  MasterId id;

  @Override
  String subject() {
    return "master " + id;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    return raw.get("/masters/" + id);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    MasterSummary.print(discogs.database().master(id), out);
  }
}
