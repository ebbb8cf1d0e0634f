package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.ReleaseId;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code discogs release ID}: one edition of a recording, with its tracklist and market. */
@Command(
    name = "release",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Shows a release: artists and title, year, country, labels and catalogue numbers, "
            + "formats, genres, credits, companies, identifiers, community, market, notes and "
            + "the tracklist.")
final class ReleaseCommand extends DiscogsCommand {

  @Parameters(paramLabel = "ID", description = "The release id, such as 249504.")
  ReleaseId id;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      defaultValue = "USD",
      description =
          "Currency of the lowest price: USD, GBP, EUR, CAD, AUD, JPY, CHF, MXN, BRL, NZD, SEK or"
              + " ZAR (default: ${DEFAULT-VALUE}).")
  Currency currency;

  @Override
  String subject() {
    return "release " + id;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    return raw.get("/releases/" + id, Map.of("curr_abbr", currency.code()));
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    ReleaseSummary.print(discogs.database().release(id, currency), out);
  }
}
