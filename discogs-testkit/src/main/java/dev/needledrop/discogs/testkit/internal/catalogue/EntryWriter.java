package dev.needledrop.discogs.testkit.internal.catalogue;

import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.API;
import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.putIfNotEmpty;
import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.strings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.testkit.internal.json.StubJson;

/** Writes the entries of the database listings and search results as Discogs sends them. */
public final class EntryWriter {

  private EntryWriter() {}

  /** Writes an entry of {@code GET /artists/{id}/releases}. */
  public static ObjectNode artistRelease(ArtistRelease entry) {
    ObjectNode node = StubJson.object();
    node.put("id", entry.id());
    node.put("type", entry.type());
    node.put("title", entry.title());
    node.put("artist", entry.artist());
    node.put("role", entry.role());
    CatalogueWriter.putYear(node, entry.year());
    String kind = entry.isMaster() ? "masters" : "releases";
    node.put("resource_url", API + "/" + kind + "/" + entry.id());
    node.put("thumb", entry.thumb());
    putIfNotEmpty(node, "format", entry.format());
    putIfNotEmpty(node, "label", entry.label());
    putIfNotEmpty(node, "catno", entry.catno());
    putIfNotEmpty(node, "status", entry.status());
    entry.mainRelease().ifPresent(main -> node.put("main_release", main.value()));
    putIfNotEmpty(node, "trackinfo", entry.trackInfo());
    PartWriter.putStats(node, entry.stats());
    return node;
  }

  /** Writes an entry of {@code GET /labels/{id}/releases}. */
  public static ObjectNode labelRelease(LabelRelease entry) {
    ObjectNode node = StubJson.object();
    node.put("id", entry.id().value());
    node.put("title", entry.title());
    node.put("artist", entry.artist());
    node.put("catno", entry.catno());
    node.put("format", entry.format());
    CatalogueWriter.putYear(node, entry.year());
    node.put("status", entry.status());
    node.put("resource_url", API + "/releases/" + entry.id().value());
    node.put("thumb", entry.thumb());
    PartWriter.putStats(node, entry.stats());
    return node;
  }

  /** Writes an entry of {@code GET /masters/{id}/versions}. */
  public static ObjectNode masterVersion(MasterVersion version) {
    ObjectNode node = StubJson.object();
    node.put("id", version.id().value());
    node.put("label", version.label());
    node.put("country", version.country());
    node.put("title", version.title());
    node.set("major_formats", strings(version.majorFormats()));
    node.put("format", version.format());
    node.put("catno", version.catno());
    node.put("released", version.released().raw());
    node.put("status", version.status());
    node.put("resource_url", API + "/releases/" + version.id().value());
    node.put("thumb", version.thumb());
    PartWriter.putStats(node, version.stats());
    return node;
  }

  /** Writes a search result, for results seeded as they are rather than derived. */
  public static ObjectNode searchResult(SearchResult result) {
    ObjectNode node = StubJson.object();
    node.put("id", result.id());
    node.put("type", result.type());
    node.put("title", result.title());
    node.put("thumb", result.thumb());
    node.put("cover_image", result.coverImage());
    node.put("uri", result.uri());
    node.put("resource_url", API + "/" + result.type() + "s/" + result.id());
    if (result.master().isPresent()) {
      node.put("master_id", result.master().get().value());
      node.put("master_url", API + "/masters/" + result.master().get().value());
    } else {
      node.putNull("master_id");
      node.putNull("master_url");
    }
    putCatalogueFields(node, result);
    return node;
  }

  private static void putCatalogueFields(ObjectNode node, SearchResult result) {
    putIfNotEmpty(node, "country", result.country());
    result.year().ifPresent(year -> node.put("year", Integer.toString(year)));
    putIfNotEmpty(node, "format", result.formats());
    putIfNotEmpty(node, "label", result.labels());
    putIfNotEmpty(node, "genre", result.genres());
    putIfNotEmpty(node, "style", result.styles());
    putIfNotEmpty(node, "barcode", result.barcodes());
    putIfNotEmpty(node, "catno", result.catno());
    result.community().ifPresent(counts -> putHaveWant(node, counts));
    result.formatQuantity().ifPresent(quantity -> node.put("format_quantity", quantity));
    result.userData().ifPresent(data -> putUserData(node, data));
  }

  private static void putHaveWant(ObjectNode node, SearchResult.HaveWant counts) {
    ObjectNode community = node.putObject("community");
    community.put("want", counts.want());
    community.put("have", counts.have());
  }

  private static void putUserData(ObjectNode node, SearchResult.UserData data) {
    ObjectNode userData = node.putObject("user_data");
    userData.put("in_wantlist", data.inWantlist());
    userData.put("in_collection", data.inCollection());
  }
}
