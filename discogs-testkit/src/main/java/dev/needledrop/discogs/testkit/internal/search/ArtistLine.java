package dev.needledrop.discogs.testkit.internal.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.List;

/**
 * Joins artist credits into the line Discogs shows, such as {@code "A & B"}: the name variation
 * when there is one, joined by each credit's {@code join}. Follows the core's rule for {@code
 * artistsDisplay()}, so search titles read like the records' display names.
 */
public final class ArtistLine {

  private ArtistLine() {}

  /** Returns the line for the {@code artists} array of a release or master. */
  public static String of(JsonNode owner) {
    List<ObjectNode> credits = StubJson.objects(owner, "artists");
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < credits.size(); i++) {
      JsonNode credit = credits.get(i);
      String anv = StubJson.text(credit, "anv");
      line.append(anv.isEmpty() ? StubJson.text(credit, "name") : anv);
      if (i < credits.size() - 1) {
        line.append(joiner(StubJson.text(credit, "join")));
      }
    }
    return line.toString();
  }

  /** Returns the {@code "Artist - Title"} text of a release or master. */
  public static String withTitle(JsonNode owner) {
    String artists = of(owner);
    String title = StubJson.text(owner, "title");
    return artists.isEmpty() ? title : artists + " - " + title;
  }

  private static String joiner(String join) {
    if (join.isBlank()) {
      return ", ";
    }
    return join.equals(",") ? ", " : " " + join.trim() + " ";
  }
}
