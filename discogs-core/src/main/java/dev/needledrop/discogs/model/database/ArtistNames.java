package dev.needledrop.discogs.model.database;

import java.util.List;

/** Joins artist credits into the single line Discogs displays. */
final class ArtistNames {

  private ArtistNames() {}

  static String join(List<ArtistCredit> credits) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < credits.size(); i++) {
      ArtistCredit credit = credits.get(i);
      line.append(credit.displayName());
      boolean last = i == credits.size() - 1;
      if (!last) {
        line.append(joiner(credit.join()));
      }
    }
    return line.toString();
  }

  private static String joiner(String join) {
    if (join.isBlank()) {
      return ", ";
    }
    return join.equals(",") ? ", " : " " + join.trim() + " ";
  }
}
