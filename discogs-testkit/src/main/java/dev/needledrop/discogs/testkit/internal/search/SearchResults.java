package dev.needledrop.discogs.testkit.internal.search;

import static dev.needledrop.discogs.testkit.internal.json.StubJson.text;
import static dev.needledrop.discogs.testkit.internal.json.StubJson.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the search result of a held object, in the shape of Discogs' search: releases and masters
 * with {@code "Artist - Title"}, the year as text and the catalogue arrays; artists and labels with
 * the common fields only.
 */
final class SearchResults {

  private static final String API = "https://api.discogs.com";

  /** A result with the document it is matched on. */
  record Derived(ObjectNode result, SearchDocument document) {}

  private SearchResults() {}

  static Derived ofRelease(ObjectNode release) {
    long id = StubJson.id(release, "id");
    ObjectNode result = common(id, "release", ArtistLine.withTitle(release), release);
    result.put("country", text(release, "country"));
    putYear(result, release);
    result.set("format", strings(formatTexts(release)));
    result.set("label", strings(texts(release, "labels", "name")));
    putGenres(result, release);
    result.set("barcode", strings(barcodes(release)));
    result.put("catno", texts(release, "labels", "catno").stream().findFirst().orElse(""));
    result.set("community", haveWant(release.path("community")));
    putMaster(result, StubJson.id(release, "master_id"));
    putQuantity(result, release);
    return new Derived(result, SearchDocuments.ofRelease(release));
  }

  static Derived ofMaster(ObjectNode master) {
    long id = StubJson.id(master, "id");
    ObjectNode result = common(id, "master", ArtistLine.withTitle(master), master);
    putYear(result, master);
    putGenres(result, master);
    putMaster(result, id);
    return new Derived(result, SearchDocuments.ofMaster(master));
  }

  static Derived ofArtist(ObjectNode artist) {
    long id = StubJson.id(artist, "id");
    ObjectNode result = common(id, "artist", text(artist, "name"), artist);
    putMaster(result, 0);
    return new Derived(result, SearchDocuments.ofArtist(artist));
  }

  static Derived ofLabel(ObjectNode label) {
    long id = StubJson.id(label, "id");
    ObjectNode result = common(id, "label", text(label, "name"), label);
    putMaster(result, 0);
    return new Derived(result, SearchDocuments.ofLabel(label));
  }

  /** Returns a release's year as text, or empty text when unknown (Discogs writes 0). */
  static String yearText(JsonNode owner) {
    long year = StubJson.id(owner, "year");
    return year > 0 ? Long.toString(year) : "";
  }

  /** Returns format names and descriptions once each, as the search's {@code format} lists them. */
  static List<String> formatTexts(JsonNode release) {
    Set<String> texts = new LinkedHashSet<>();
    for (JsonNode format : release.path("formats")) {
      texts.add(text(format, "name"));
      texts.addAll(texts(format, "descriptions"));
    }
    texts.remove("");
    return List.copyOf(texts);
  }

  /** Returns the values of the release's barcode identifiers. */
  static List<String> barcodes(JsonNode release) {
    return StubJson.objects(release, "identifiers").stream()
        .filter(identifier -> text(identifier, "type").equalsIgnoreCase("Barcode"))
        .map(identifier -> text(identifier, "value"))
        .toList();
  }

  private static ObjectNode common(long id, String type, String title, JsonNode owner) {
    ObjectNode result = StubJson.object();
    result.put("id", id);
    result.put("type", type);
    result.put("title", title);
    result.put("thumb", thumb(owner));
    result.put("cover_image", coverImage(owner));
    result.put("uri", Slug.path(type, id, title));
    result.put("resource_url", API + "/" + type + "s/" + id);
    return result;
  }

  private static String thumb(JsonNode owner) {
    String thumb = text(owner, "thumb");
    return thumb.isEmpty() ? primaryImage(owner, "uri150") : thumb;
  }

  private static String coverImage(JsonNode owner) {
    return primaryImage(owner, "uri");
  }

  private static String primaryImage(JsonNode owner, String field) {
    List<ObjectNode> images = StubJson.objects(owner, "images");
    return images.stream()
        .filter(image -> text(image, "type").equals("primary"))
        .findFirst()
        .or(() -> images.stream().findFirst())
        .map(image -> text(image, field))
        .orElse("");
  }

  private static void putYear(ObjectNode result, JsonNode owner) {
    String year = yearText(owner);
    if (!year.isEmpty()) {
      result.put("year", year);
    }
  }

  private static void putGenres(ObjectNode result, JsonNode owner) {
    result.set("genre", strings(texts(owner, "genres")));
    result.set("style", strings(texts(owner, "styles")));
  }

  private static void putMaster(ObjectNode result, long masterId) {
    if (masterId > 0) {
      result.put("master_id", masterId);
      result.put("master_url", API + "/masters/" + masterId);
    } else {
      result.putNull("master_id");
      result.putNull("master_url");
    }
  }

  private static void putQuantity(ObjectNode result, ObjectNode release) {
    if (release.path("format_quantity").canConvertToInt()) {
      result.put("format_quantity", release.path("format_quantity").asInt());
    }
    result.set(
        "formats",
        release.path("formats").isArray() ? release.path("formats").deepCopy() : StubJson.array());
  }

  private static ObjectNode haveWant(JsonNode community) {
    ObjectNode counts = StubJson.object();
    counts.put("want", community.path("want").asInt(0));
    counts.put("have", community.path("have").asInt(0));
    return counts;
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = StubJson.array();
    values.forEach(array::add);
    return array;
  }
}
