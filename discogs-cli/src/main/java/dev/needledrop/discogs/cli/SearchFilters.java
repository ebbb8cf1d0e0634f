package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.model.database.SearchType;
import java.util.List;
import picocli.CommandLine.Option;

/** The search's field filters, one option per {@link SearchQuery.Field}; all optional. */
final class SearchFilters {

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only this kind: release, master, artist or label.")
  SearchType type;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "The combined \"Artist - Title\" field.")
  String title;

  @Option(names = "--release-title", paramLabel = "TEXT", description = "The release title.")
  String releaseTitle;

  @Option(names = "--artist", paramLabel = "TEXT", description = "The artist name.")
  String artist;

  @Option(names = "--anv", paramLabel = "TEXT", description = "An artist name variation.")
  String anv;

  @Option(names = "--credit", paramLabel = "TEXT", description = "A release credit.")
  String credit;

  @Option(names = "--label", paramLabel = "TEXT", description = "The label name.")
  String label;

  @Option(names = "--genre", paramLabel = "TEXT", description = "The genre, such as Rock.")
  String genre;

  @Option(names = "--style", paramLabel = "TEXT", description = "The style, such as Grunge.")
  String style;

  @Option(
      names = "--country",
      paramLabel = "TEXT",
      description = "The release country, such as UK.")
  String country;

  @Option(names = "--year", paramLabel = "YEAR", description = "The release year.")
  Integer year;

  @Option(names = "--format", paramLabel = "TEXT", description = "The format, such as Vinyl.")
  String format;

  @Option(
      names = "--catno",
      paramLabel = "TEXT",
      description = "The catalogue number, such as PB 41447.")
  String catno;

  @Option(names = "--barcode", paramLabel = "TEXT", description = "The barcode.")
  String barcode;

  @Option(names = "--track", paramLabel = "TEXT", description = "A track title.")
  String track;

  @Option(
      names = "--submitter",
      paramLabel = "TEXT",
      description = "The username of the submitter.")
  String submitter;

  @Option(
      names = "--contributor",
      paramLabel = "TEXT",
      description = "The username of a contributor.")
  String contributor;

  /**
   * Returns the query for the free-text words and these filters.
   *
   * @throws IllegalArgumentException for a year below 1
   */
  SearchQuery toQuery(List<String> words) {
    SearchQuery.Builder query =
        SearchQuery.builder()
            .query(String.join(" ", words))
            .title(title)
            .releaseTitle(releaseTitle)
            .artist(artist)
            .anv(anv)
            .credit(credit)
            .label(label)
            .genre(genre)
            .style(style)
            .country(country)
            .format(format)
            .catno(catno)
            .barcode(barcode)
            .track(track)
            .submitter(submitter)
            .contributor(contributor);
    if (type != null) {
      query.type(type);
    }
    if (year != null) {
      query.year(year);
    }
    return query.build();
  }
}
