package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.database.Community;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Format;
import dev.needledrop.discogs.model.database.Release;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Prints a release as a readable summary followed by its tracklist. */
final class ReleaseSummary {

  private ReleaseSummary() {}

  /** Prints the summary. */
  static void print(Release release, PrintWriter out) {
    Summaries.title(Credits.headline(release.artistsDisplay(), release.title()), out);
    new Fields()
        .add(
            "Release",
            release.id() + release.masterId().map(id -> " (master " + id + ")").orElse(""))
        .add("Year", year(release))
        .add("Country", release.country())
        .addAll("Labels", release.labels().stream().map(ReleaseSummary::label).toList())
        .addAll("Formats", release.formats().stream().map(ReleaseSummary::format).toList())
        .add("Genres", Summaries.joined(release.genres()))
        .add("Styles", Summaries.joined(release.styles()))
        .add("Community", community(release.community()))
        .add("For sale", Summaries.forSale(release.numForSale(), release.lowestPrice()))
        .add("Discogs", release.uri())
        .printTo(out);
    Tracklist.print(release.tracklist(), out);
  }

  // "1987, released Jul 1987": the year alone when the date says no more.
  private static String year(Release release) {
    String year = release.year().isPresent() ? Integer.toString(release.year().getAsInt()) : "";
    String released = release.releasedFormatted().strip();
    if (released.isEmpty() || released.equals(year)) {
      return year;
    }
    return year.isEmpty() ? "released " + released : year + ", released " + released;
  }

  private static String label(EntityCredit label) {
    return label.catno().isBlank() ? label.name() : label.name() + " - " + label.catno();
  }

  // As Discogs shows it: "2 x Vinyl, LP, Album, Gatefold".
  private static String format(Format format) {
    List<String> parts = new ArrayList<>();
    parts.add(format.name());
    parts.addAll(format.descriptions());
    parts.add(format.text());
    String quantity =
        format.quantityNumber().isPresent() && format.quantityNumber().getAsInt() > 1
            ? format.quantity() + " x "
            : "";
    return quantity + Summaries.joined(parts);
  }

  private static String community(Community community) {
    if (community.equals(Community.EMPTY)) {
      return "";
    }
    String rating =
        community.rating().count() == 0
            ? "not rated"
            : "rated "
                + Text.decimal(community.rating().average())
                + " / 5 by "
                + Text.count(community.rating().count(), "vote", "votes");
    return "have " + community.have() + ", want " + community.want() + ", " + rating;
  }
}
