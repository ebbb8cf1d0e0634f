package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.marketplace.ListingId;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code discogs listing ID}: one copy of a release for sale in the marketplace. */
@Command(
    name = "listing",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Shows a marketplace listing: the release, status, price, conditions, seller and"
            + " comments; its seller also sees the private location, note and weight.")
final class ListingCommand extends DiscogsCommand {

  @Parameters(paramLabel = "ID", description = "The listing id, such as 172723812.")
  ListingId id;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      description =
          "Ask for the price in this currency: USD, GBP, EUR, CAD, AUD, JPY, CHF, MXN, BRL, NZD,"
              + " SEK or ZAR (default: the caller's own).")
  Currency currency;

  @Override
  String subject() {
    return "listing " + id;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    Map<String, String> query = currency == null ? Map.of() : Map.of("curr_abbr", currency.code());
    return raw.get("/marketplace/listings/" + id, query);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    ListingSummary.print(
        currency == null
            ? discogs.marketplace().listing(id)
            : discogs.marketplace().listing(id, currency),
        out);
  }
}
