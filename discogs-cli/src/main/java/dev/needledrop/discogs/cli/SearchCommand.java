package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.paging.PageRequest;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code discogs search TEXT}: one page of database search results, as a table. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Searches the database and prints one page of results as a table: type, id, title,"
          + " year, country and format, then the page number and the page count.",
      "Discogs matches every filter given; searching needs a token (see DISCOGS_TOKEN)."
    })
final class SearchCommand extends DiscogsCommand {

  @Parameters(
      paramLabel = "TEXT",
      arity = "0..*",
      description = "Words to find in any field, such as nevermind.")
  List<String> words = List.of();

  @Mixin SearchFilters filters;

  @Option(
      names = "--per-page",
      paramLabel = "N",
      defaultValue = "" + PageRequest.DEFAULT_PER_PAGE,
      description = "Results per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int perPage;

  @Option(
      names = "--page",
      paramLabel = "N",
      defaultValue = "1",
      description = "The page to show (default: ${DEFAULT-VALUE}).")
  int page;

  private SearchQuery query;
  private PageRequest request;

  @Override
  void checkArguments() {
    request = usage(() -> Paging.request(page, perPage));
    if (filters.year != null && filters.year < 1) {
      throw usageError("--year must be a year such as 1991, but was " + filters.year);
    }
    query = usage(() -> filters.toQuery(words));
  }

  @Override
  String subject() {
    return "search";
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    query.values().forEach((field, value) -> parameters.put(field.wireName(), value));
    parameters.put("page", Integer.toString(request.page()));
    parameters.put("per_page", Integer.toString(request.perPage()));
    return raw.get("/database/search", parameters);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    SearchTable.print(discogs.database().search(query, request), out);
  }
}
