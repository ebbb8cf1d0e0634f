package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The short release a listing carries, made from a full release: {@code "Artist - Title (LP,
 * Album)"} as its description, with artist, title, format, label and catalogue number apart.
 */
final class ReleaseSummary {

  private ReleaseSummary() {}

  static ObjectNode of(ObjectNode release) {
    long id = StubJson.id(release, "id");
    String artist = artist(release);
    String title = StubJson.text(release, "title");
    String format = format(release);
    ObjectNode summary = StubJson.object();
    summary.put("id", id);
    summary.put(
        "description", artist + " - " + title + (format.isEmpty() ? "" : " (" + format + ")"));
    summary.put("resource_url", MarketUrls.API + "/releases/" + id);
    summary.put("thumbnail", StubJson.text(release, "thumb"));
    summary.put("year", release.path("year").asInt(0));
    summary.put("catalog_number", catalogNumber(release));
    summary.put("artist", artist);
    summary.put("title", title);
    summary.put("format", format);
    summary.put("label", String.join(", ", StubJson.texts(release, "labels", "name")));
    return summary;
  }

  private static String artist(JsonNode release) {
    String sorted = StubJson.text(release, "artists_sort");
    return sorted.isEmpty()
        ? String.join(", ", StubJson.texts(release, "artists", "name"))
        : sorted;
  }

  private static String catalogNumber(JsonNode release) {
    return StubJson.texts(release, "labels", "catno").stream()
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static String format(JsonNode release) {
    List<String> formats = new ArrayList<>();
    for (JsonNode format : release.path("formats")) {
      List<String> parts = new ArrayList<>();
      String quantity = StubJson.text(format, "qty");
      String name = StubJson.text(format, "name");
      parts.add(
          quantity.matches("\\d+") && Integer.parseInt(quantity) > 1
              ? quantity + "x" + name
              : name);
      parts.addAll(StubJson.texts(format, "descriptions"));
      formats.add(String.join(", ", parts));
    }
    return String.join(" + ", formats);
  }
}
