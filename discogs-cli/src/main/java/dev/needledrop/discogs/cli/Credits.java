package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.database.ArtistCredit;
import java.util.List;

/** Joins artist credits as Discogs shows them, such as {@code "A & B"}, for track artists. */
final class Credits {

  private Credits() {}

  /** Returns the credits joined by their join words, with the names printed on the release. */
  static String join(List<ArtistCredit> credits) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < credits.size(); i++) {
      ArtistCredit credit = credits.get(i);
      line.append(credit.displayName());
      if (i < credits.size() - 1) {
        line.append(joiner(credit.join()));
      }
    }
    return line.toString();
  }

  /** Returns "Artists - Title", or the title alone when there are no artists. */
  static String headline(String artists, String title) {
    return artists.isBlank() ? title : artists + " - " + title;
  }

  private static String joiner(String join) {
    String word = join.strip();
    if (word.isEmpty() || word.equals(",")) {
      return ", ";
    }
    return " " + word + " ";
  }
}
