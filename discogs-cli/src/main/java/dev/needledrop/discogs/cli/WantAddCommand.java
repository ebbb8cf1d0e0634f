package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.ItemRating;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.model.wantlist.WantUpdate;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code discogs want add RELEASE_ID}: adds a release to the token's user's wantlist. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Adds a release to the wantlist of the token's user; a release wanted already keeps its"
            + " entry, with the note and rating given changing it, and is reported as updated"
            + " (the wantlist is read first to tell, one request per 100 entries).")
final class WantAddCommand extends DiscogsCommand {

  @Parameters(paramLabel = "RELEASE_ID", description = "The release to want, such as 249504.")
  ReleaseId release;

  @Option(names = "--notes", paramLabel = "TEXT", description = "A note on the entry.")
  String notes;

  @Option(
      names = "--rating",
      paramLabel = "STARS",
      description = "A rating from 0 (none) to 5 stars.")
  Integer rating;

  private WantUpdate details = WantUpdate.nothing();

  @Override
  void checkArguments() {
    WriteCommands.refuseJson(this);
    if (notes != null) {
      details = details.withNotes(notes);
    }
    if (rating != null) {
      details = details.withRating(usage(() -> ItemRating.of(rating)));
    }
  }

  @Override
  String subject() {
    return "want " + release;
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    throw WriteCommands.noJson(this);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    Username user = UserArgument.resolve(Optional.empty(), discogs);
    boolean wanted = isWanted(discogs.wantlist(), user);
    Want want = discogs.wantlist().addWant(user, release, details);
    String what =
        release + " (" + want.release().artistsDisplay() + " - " + want.release().title() + ")";
    out.println(
        wanted
            ? "Updated " + what + " on " + user + "'s wantlist."
            : "Added " + what + " to " + user + "'s wantlist.");
  }

  // Discogs answers an add of a release wanted already as it answers a new one, so only the
  // wantlist tells which it was; it is read until the release turns up.
  private boolean isWanted(WantlistApi wantlist, Username user) {
    try (Stream<Want> wants = wantlist.allWants(user)) {
      return wants.anyMatch(want -> want.releaseId().equals(release));
    }
  }
}
