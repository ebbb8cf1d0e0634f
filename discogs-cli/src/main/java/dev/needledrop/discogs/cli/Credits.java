package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.database.ArtistCredit;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins artist credits as Discogs shows them, such as {@code "A & B"}, for track artists, and
 * splits a credit's roles.
 */
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

  /**
   * Returns the roles of a credit, such as {@code Producer} and {@code Written-By} for {@code
   * "Producer, Written-By"}; commas inside brackets ({@code "Written-By [Lyrics, Music]"}) stay.
   */
  static List<String> roles(String role) {
    List<String> roles = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int depth = 0;
    for (char c : role.toCharArray()) {
      depth += c == '[' ? 1 : c == ']' && depth > 0 ? -1 : 0;
      if (c == ',' && depth == 0) {
        addRole(current, roles);
      } else {
        current.append(c);
      }
    }
    addRole(current, roles);
    return roles.isEmpty() ? List.of("Credit") : roles;
  }

  private static void addRole(StringBuilder role, List<String> roles) {
    String text = role.toString().strip();
    if (!text.isEmpty()) {
      roles.add(text);
    }
    role.setLength(0);
  }

  private static String joiner(String join) {
    String word = join.strip();
    if (word.isEmpty() || word.equals(",")) {
      return ", ";
    }
    return " " + word + " ";
  }
}
