package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.model.database.Community;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Format;
import dev.needledrop.discogs.model.database.Identifier;
import dev.needledrop.discogs.model.database.Release;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a release as a readable summary, its notes, then its tracklist. */
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
        .addAll("Credits", credits(release.extraArtists()))
        .addAll("Companies", companies(release.companies()))
        .addAll(
            "Identifiers", release.identifiers().stream().map(ReleaseSummary::identifier).toList())
        .add("Community", community(release.community()))
        .add("For sale", Summaries.forSale(release.numForSale(), release.lowestPrice()))
        .add("Videos", Summaries.videos(release.videos()))
        .add("Discogs", release.uri())
        .printTo(out);
    Summaries.section("Notes", release.notes(), out);
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

  // "Engineer: Mark McGuire · Mike Duffy": one line per role, in the order Discogs lists them. A
  // credit with several roles ("Producer, Written-By") counts under each.
  private static List<String> credits(List<ArtistCredit> credits) {
    Map<String, List<String>> byRole = new LinkedHashMap<>();
    for (ArtistCredit credit : credits) {
      String name = credit.displayName() + tracks(credit);
      Credits.roles(credit.role())
          .forEach(role -> byRole.computeIfAbsent(role, key -> new ArrayList<>()).add(name));
    }
    return grouped(byRole);
  }

  private static String tracks(ArtistCredit credit) {
    return credit.tracks().isBlank() ? "" : " (tracks " + credit.tracks().strip() + ")";
  }

  // "Pressed By: GZ Media - 134985E", grouped by what the company did.
  private static List<String> companies(List<EntityCredit> companies) {
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (EntityCredit company : companies) {
      String type = company.entityTypeName().isBlank() ? "Company" : company.entityTypeName();
      byType.computeIfAbsent(type.strip(), key -> new ArrayList<>()).add(label(company));
    }
    return grouped(byType);
  }

  private static List<String> grouped(Map<String, List<String>> names) {
    return names.entrySet().stream()
        .map(group -> group.getKey() + ": " + Summaries.names(group.getValue()))
        .toList();
  }

  // "Matrix / Runout: PB 41447 A2 (A side runout etchings)".
  private static String identifier(Identifier identifier) {
    String description =
        identifier.description().isBlank() ? "" : " (" + identifier.description().strip() + ")";
    return identifier.type() + ": " + identifier.value() + description;
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
