package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.InventoryQuery;
import dev.needledrop.discogs.api.InventorySort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.SortOrder;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code discogs inventory [USER]}: one page of a seller's listings, as a table. */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    subcommands = {InventoryExportCommand.class, InventoryUploadCommand.class},
    description = {
      "Lists a seller's listings as a table: id, status, price, condition and release, then"
          + " which page of how many.",
      "The seller sees every listing, drafts included; anyone else only those for sale.",
      "With 'export' or 'upload', works on the caller's whole inventory as a CSV file instead."
    })
final class InventoryCommand extends DiscogsCommand {

  private static final Table<Listing> TABLE =
      new Table<>(
          List.of(
              new Table.Column<>("ID", 12, listing -> listing.id().toString()),
              new Table.Column<>("STATUS", 9, listing -> listing.status().value()),
              new Table.Column<>("PRICE", 16, listing -> MarketText.money(listing.sellerPrice())),
              new Table.Column<>("CONDITION", 22, listing -> listing.condition().value()),
              new Table.Column<>("RELEASE", 70, listing -> listing.release().description())));

  private static final Table.Nouns NOUNS =
      new Table.Nouns("the inventory", "No listings.", "listing", "listings");

  @Parameters(
      paramLabel = "USER",
      arity = "0..1",
      description = "The seller (default: the user the token acts for).")
  Username user;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description =
          "Only listings with this status: For Sale, Draft, Expired, Sold, Deleted, Suspended,"
              + " Violation, or All (the default); in any case, such as \"for sale\".")
  ListingStatus status;

  @Option(
      names = "--sort",
      paramLabel = "KEY",
      description =
          "Sort by listed, price, item, artist, label, catno or audio; your own inventory also"
              + " by status or location.")
  InventorySort sort;

  @Option(
      names = "--order",
      paramLabel = "ORDER",
      defaultValue = "asc",
      description = "asc or desc, with --sort (default: ${DEFAULT-VALUE}).")
  SortOrder order;

  @Option(
      names = "--per-page",
      paramLabel = "N",
      defaultValue = "" + PageRequest.DEFAULT_PER_PAGE,
      description = "Listings per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int perPage;

  @Option(
      names = "--page",
      paramLabel = "N",
      defaultValue = "1",
      description = "The page to show (default: ${DEFAULT-VALUE}).")
  int page;

  private PageRequest request;
  private InventoryQuery query;

  @Override
  void checkArguments() {
    request = usage(() -> Paging.request(page, perPage));
    InventoryQuery built = InventoryQuery.all();
    if (status != null) {
      built = built.withStatus(status);
    }
    query = sort == null ? built : built.sortedBy(new Sort<>(sort, order));
  }

  @Override
  String subject() {
    return UserArgument.owner(Optional.ofNullable(user)) + " inventory";
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    query.status().ifPresent(value -> parameters.put("status", value.value()));
    query
        .sort()
        .ifPresent(
            value -> {
              parameters.put("sort", value.key().wireName());
              parameters.put("sort_order", value.order().wireName());
            });
    parameters.put("page", Integer.toString(request.page()));
    parameters.put("per_page", Integer.toString(request.perPage()));
    Username seller = usage(() -> UserArgument.resolve(Optional.ofNullable(user), raw));
    return raw.get("/users/" + seller + "/inventory", parameters);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    Username seller = UserArgument.resolve(Optional.ofNullable(user), discogs);
    Page<Listing> listings = discogs.marketplace().inventory(seller, query, request);
    TABLE.print(listings, NOUNS, out);
  }
}
