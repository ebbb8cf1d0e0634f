package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code discogs wantlist [USER]}: one page of a wantlist. */
@Command(
    name = "wantlist",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the releases on a wantlist, one page at a time, as a table: release, artist, title,"
          + " year, format, rating and note.",
      "Without USER, the wantlist of the token's user. Others' wantlists show only when public."
    })
final class WantlistCommand extends DiscogsCommand {

  private static final Table<Want> TABLE =
      new Table<>(
          List.of(
              new Table.Column<>("RELEASE", 12, want -> want.releaseId().toString()),
              new Table.Column<>("ARTIST", 30, want -> want.release().artistsDisplay()),
              new Table.Column<>("TITLE", 40, want -> want.release().title()),
              new Table.Column<>("YEAR", 4, want -> Rows.year(want.release().year())),
              new Table.Column<>("FORMAT", 24, want -> Rows.formats(want.release().formats())),
              new Table.Column<>("RATING", 6, want -> Rows.rating(want.rating())),
              new Table.Column<>("NOTES", 40, Want::notes)));

  private static final Table.Nouns NOUNS =
      new Table.Nouns("the wantlist", "No releases wanted.", "release", "releases");

  @Parameters(
      paramLabel = "USER",
      arity = "0..1",
      description = "Whose wantlist (default: the user the token acts for).")
  Username user;

  @Option(
      names = "--per-page",
      paramLabel = "N",
      defaultValue = "" + PageRequest.DEFAULT_PER_PAGE,
      description = "Releases per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
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
    return UserArgument.owner(Optional.ofNullable(user)) + " wantlist";
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    Username owner = usage(() -> UserArgument.resolve(Optional.ofNullable(user), raw));
    return raw.get(
        "/users/" + owner + "/wants",
        Map.of(
            "page",
            Integer.toString(request.page()),
            "per_page",
            Integer.toString(request.perPage())));
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    Username owner = UserArgument.resolve(Optional.ofNullable(user), discogs);
    Page<Want> wants = discogs.wantlist().wants(owner, request);
    TABLE.print(wants, NOUNS, out);
  }
}
