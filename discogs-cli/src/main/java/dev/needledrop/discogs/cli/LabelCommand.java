package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.LabelId;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code discogs label ID}: a label, company or series. */
@Command(
    name = "label",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Shows a label: its parent label, sublabels, contact details, links and profile.")
final class LabelCommand extends DiscogsCommand {

  @Parameters(paramLabel = "ID", description = "The label id, such as 1.")
  LabelId id;

  @Override
  String subject() {
    return "label " + id;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    return raw.get("/labels/" + id);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    LabelSummary.print(discogs.database().label(id), out);
  }
}
