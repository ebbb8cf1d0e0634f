package dev.needledrop.discogs.testkit.internal.search;

import static dev.needledrop.discogs.testkit.internal.json.StubJson.text;
import static dev.needledrop.discogs.testkit.internal.json.StubJson.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Derives the search fields of releases, masters, artists, labels and recorded results. */
final class SearchDocuments {

  private SearchDocuments() {}

  static SearchDocument ofRelease(ObjectNode release) {
    Map<String, List<String>> fields = titled(release);
    fields.put("credit", credits(release));
    fields.put("label", texts(release, "labels", "name"));
    fields.put("country", single(text(release, "country")));
    fields.put("format", SearchResults.formatTexts(release));
    fields.put("catno", texts(release, "labels", "catno"));
    fields.put("barcode", SearchResults.barcodes(release));
    JsonNode community = release.path("community");
    fields.put("submitter", single(text(community.path("submitter"), "username")));
    fields.put("contributor", texts(community, "contributors", "username"));
    return new SearchDocument("release", StubJson.id(release, "id"), fields);
  }

  static SearchDocument ofMaster(ObjectNode master) {
    return new SearchDocument("master", StubJson.id(master, "id"), titled(master));
  }

  static SearchDocument ofArtist(ObjectNode artist) {
    Map<String, List<String>> fields = new HashMap<>();
    String name = text(artist, "name");
    List<String> variations = texts(artist, "namevariations");
    fields.put("title", single(name));
    fields.put("artist", join(single(name), variations));
    fields.put("anv", variations);
    return new SearchDocument("artist", StubJson.id(artist, "id"), fields);
  }

  static SearchDocument ofLabel(ObjectNode label) {
    Map<String, List<String>> fields = new HashMap<>();
    String name = text(label, "name");
    fields.put("title", single(name));
    fields.put("label", single(name));
    return new SearchDocument("label", StubJson.id(label, "id"), fields);
  }

  /** Derives the fields of a result recorded from Discogs, which holds only its own texts. */
  static SearchDocument ofResult(ObjectNode result) {
    Map<String, List<String>> fields = new HashMap<>();
    String title = text(result, "title");
    fields.put("title", single(title));
    int dash = title.indexOf(" - ");
    if (dash >= 0) {
      fields.put("artist", single(title.substring(0, dash)));
      fields.put("release_title", single(title.substring(dash + 3)));
    }
    for (String list : List.of("label", "genre", "style", "format", "barcode")) {
      fields.put(list, texts(result, list));
    }
    for (String value : List.of("country", "year", "catno")) {
      fields.put(value, single(text(result, value)));
    }
    return new SearchDocument(text(result, "type"), StubJson.id(result, "id"), fields);
  }

  /** The fields a release and a master share: titles, artists, genres, year and tracks. */
  private static Map<String, List<String>> titled(ObjectNode owner) {
    Map<String, List<String>> fields = new HashMap<>();
    fields.put("title", single(ArtistLine.withTitle(owner)));
    fields.put("release_title", single(text(owner, "title")));
    fields.put("artist", join(texts(owner, "artists", "name"), texts(owner, "artists", "anv")));
    fields.put("anv", texts(owner, "artists", "anv"));
    fields.put("genre", texts(owner, "genres"));
    fields.put("style", texts(owner, "styles"));
    fields.put("year", single(SearchResults.yearText(owner)));
    fields.put("track", trackTitles(owner.path("tracklist")));
    return fields;
  }

  private static List<String> credits(ObjectNode release) {
    List<String> names = new ArrayList<>(texts(release, "extraartists", "name"));
    for (JsonNode track : release.path("tracklist")) {
      names.addAll(texts(track, "extraartists", "name"));
    }
    return names;
  }

  private static List<String> trackTitles(JsonNode tracklist) {
    List<String> titles = new ArrayList<>();
    for (JsonNode track : tracklist) {
      titles.addAll(single(text(track, "title")));
      titles.addAll(trackTitles(track.path("sub_tracks")));
    }
    return titles;
  }

  private static List<String> single(String value) {
    return value.isEmpty() ? List.of() : List.of(value);
  }

  private static List<String> join(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
