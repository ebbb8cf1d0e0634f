package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.database.Master;
import java.io.PrintWriter;

/** Prints a master release as a readable summary followed by its tracklist. */
final class MasterSummary {

  private MasterSummary() {}

  /** Prints the summary. */
  static void print(Master master, PrintWriter out) {
    Summaries.title(Credits.headline(master.artistsDisplay(), master.title()), out);
    new Fields()
        .add("Master", master.id().toString())
        .add("Year", master.year().isPresent() ? Integer.toString(master.year().getAsInt()) : "")
        .add("Main release", master.mainRelease().toString())
        .add("Newest release", master.mostRecentRelease().map(Object::toString).orElse(""))
        .add("Genres", Summaries.joined(master.genres()))
        .add("Styles", Summaries.joined(master.styles()))
        .add("For sale", Summaries.forSale(master.numForSale(), master.lowestPrice()))
        .add("Videos", Summaries.videos(master.videos()))
        .add("Discogs", master.uri())
        .printTo(out);
    Tracklist.print(master.tracklist(), out);
  }
}
