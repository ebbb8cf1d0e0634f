package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistMembership;
import dev.needledrop.discogs.model.database.ArtistRef;
import java.io.PrintWriter;
import java.util.List;

/** Prints an artist as a readable summary followed by the profile. */
final class ArtistSummary {

  private ArtistSummary() {}

  /** Prints the summary. */
  static void print(Artist artist, PrintWriter out) {
    Summaries.title(artist.name(), out);
    new Fields()
        .add("Artist", artist.id().toString())
        .add("Real name", artist.realName())
        .addAll("Members", memberships(artist.members()))
        .addAll("Groups", memberships(artist.groups()))
        .addAll("Aliases", artist.aliases().stream().map(ArtistSummary::ref).toList())
        .add("Name variations", Summaries.names(artist.nameVariations()))
        .addAll("Links", artist.urls())
        .add("Discogs", artist.uri())
        .printTo(out);
    Summaries.section("Profile", artist.profile(), out);
  }

  // The same words either way round: a member who left, or a group the artist left.
  private static List<String> memberships(List<ArtistMembership> memberships) {
    return memberships.stream()
        .map(m -> ref(m.artist()) + (m.active() ? "" : " (former member)"))
        .toList();
  }

  private static String ref(ArtistRef artist) {
    return artist.name() + " [" + artist.id() + "]";
  }
}
