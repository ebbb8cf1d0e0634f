package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.CollectionSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.SortOrder;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
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

/** {@code discogs collection [USER]}: one page of the copies in a folder of a collection. */
@Command(
    name = "collection",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists a collection a page at a time, as a table: instance, release,"
          + " artist, title, year, format, rating, date added.",
      "Without USER, the collection of the token's user. Others' collections show only when"
          + " public, and then only folder 0.",
      "'discogs collection folders' lists the folders and their ids; 'discogs collection export"
          + " FILE' writes the whole collection to a CSV file."
    },
    subcommands = {CollectionFoldersCommand.class, CollectionExportCommand.class})
final class CollectionCommand extends DiscogsCommand {

  private static final Table<CollectionItem> TABLE =
      new Table<>(
          List.of(
              new Table.Column<>("INSTANCE", 12, item -> item.instanceId().toString()),
              new Table.Column<>("RELEASE", 12, item -> item.releaseId().toString()),
              new Table.Column<>("ARTIST", 30, item -> item.release().artistsDisplay()),
              new Table.Column<>("TITLE", 40, item -> item.release().title()),
              new Table.Column<>("YEAR", 4, item -> Rows.year(item.release().year())),
              new Table.Column<>("FORMAT", 24, item -> Rows.formats(item.release().formats())),
              new Table.Column<>("RATING", 6, item -> Rows.rating(item.rating())),
              new Table.Column<>("ADDED", 10, item -> Rows.day(item.dateAdded()))));

  private static final Table.Nouns NOUNS =
      new Table.Nouns("the folder", "No copies in this folder.", "copy", "copies");

  @Parameters(
      paramLabel = "USER",
      arity = "0..1",
      description = "Whose collection (default: the user whom the token acts for).")
  Username user;

  @Option(
      names = "--folder",
      paramLabel = "ID",
      defaultValue = "0",
      description =
          "The folder to list; 0, the default, lists the whole collection. 'discogs collection"
              + " folders' lists the folders with their ids.")
  FolderId folder;

  @Option(
      names = "--sort",
      paramLabel = "KEY",
      description =
          "Sort by label, artist, title, catno, format, rating, added or year"
              + " (default: as Discogs lists them).")
  CollectionSort sort;

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
      description = "Copies per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int perPage;

  @Option(
      names = "--page",
      paramLabel = "N",
      defaultValue = "1",
      description = "The page to show (default: ${DEFAULT-VALUE}).")
  int page;

  private PageRequest request;

  @Override
  void checkArguments() {
    request = usage(() -> Paging.request(page, perPage));
  }

  @Override
  String subject() {
    return UserArgument.owner(Optional.ofNullable(user)) + " collection";
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    Username owner = usage(() -> UserArgument.resolve(Optional.ofNullable(user), raw));
    Map<String, String> query = new LinkedHashMap<>();
    sorting()
        .ifPresent(
            by -> {
              query.put("sort", by.key().wireName());
              query.put("sort_order", by.order().wireName());
            });
    query.put("page", Integer.toString(request.page()));
    query.put("per_page", Integer.toString(request.perPage()));
    return raw.get("/users/" + owner + "/collection/folders/" + folder + "/releases", query);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    Username owner = UserArgument.resolve(Optional.ofNullable(user), discogs);
    Page<CollectionItem> copies = discogs.collection().items(owner, folder, sorting(), request);
    TABLE.print(copies, NOUNS, out);
  }

  private Optional<Sort<CollectionSort>> sorting() {
    return Optional.ofNullable(sort).map(key -> new Sort<>(key, order));
  }
}
