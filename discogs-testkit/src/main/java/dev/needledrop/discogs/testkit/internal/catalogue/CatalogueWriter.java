package dev.needledrop.discogs.testkit.internal.catalogue;

import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.API;
import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.array;
import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.putIfNotEmpty;
import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.strings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistMembership;
import dev.needledrop.discogs.model.database.ArtistRef;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRef;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes the core's database records as the JSON Discogs sends, with the stub's own tree writer
 * (never an adapter's DTOs), so that a record seeded into the stub comes back through any client
 * exactly as it went in. API URLs are written on {@code https://api.discogs.com}; the stub roots
 * them at itself when it answers.
 */
public final class CatalogueWriter {

  private CatalogueWriter() {}

  /** Writes a release as {@code GET /releases/{id}} answers it. */
  public static ObjectNode release(Release release) {
    long id = release.id().value();
    ObjectNode node = StubJson.object();
    node.put("id", id);
    node.put("status", release.status());
    node.put("year", release.year().orElse(0));
    node.put("resource_url", API + "/releases/" + id);
    node.put("uri", release.uri());
    putReleaseCredits(node, release);
    node.put("data_quality", release.dataQuality());
    node.set("community", PartWriter.community(release.community()));
    release.formatQuantity().ifPresent(quantity -> node.put("format_quantity", quantity));
    release.dateAdded().ifPresent(added -> node.put("date_added", added.raw()));
    release.dateChanged().ifPresent(changed -> node.put("date_changed", changed.raw()));
    putSale(node, release.numForSale(), release.lowestPrice());
    release.masterId().ifPresent(master -> putMasterLink(node, master.value()));
    node.put("title", release.title());
    putReleaseTexts(node, release);
    putCatalogueLists(node, release);
    putImages(node, release.images());
    node.put("thumb", release.thumb());
    putReleaseFlags(node, release);
    return node;
  }

  /** Writes a master as {@code GET /masters/{id}} answers it. */
  public static ObjectNode master(Master master) {
    long id = master.id().value();
    ObjectNode node = StubJson.object();
    node.put("id", id);
    putMasterReleases(node, master);
    node.put("resource_url", API + "/masters/" + id);
    node.put("uri", master.uri());
    node.put("versions_url", API + "/masters/" + id + "/versions");
    putSale(node, master.numForSale(), master.lowestPrice());
    putImages(node, master.images());
    node.set("genres", strings(master.genres()));
    node.set("styles", strings(master.styles()));
    node.put("year", master.year().orElse(0));
    node.set("tracklist", array(master.tracklist(), PartWriter::track));
    node.set("artists", array(master.artists(), PartWriter::artistCredit));
    node.put("title", master.title());
    node.put("data_quality", master.dataQuality());
    node.set("videos", array(master.videos(), PartWriter::video));
    putIfNotEmpty(node, "notes", master.notes());
    return node;
  }

  /** Writes an artist as {@code GET /artists/{id}} answers it. */
  public static ObjectNode artist(Artist artist) {
    long id = artist.id().value();
    ObjectNode node = StubJson.object();
    node.put("name", artist.name());
    node.put("id", id);
    node.put("resource_url", API + "/artists/" + id);
    node.put("uri", artist.uri());
    node.put("releases_url", API + "/artists/" + id + "/releases");
    putImages(node, artist.images());
    putIfNotEmpty(node, "realname", artist.realName());
    node.put("profile", artist.profile());
    putIfNotEmpty(node, "urls", artist.urls());
    putIfNotEmpty(node, "namevariations", artist.nameVariations());
    putIfNotEmpty(node, "aliases", artist.aliases(), CatalogueWriter::artistRef);
    putIfNotEmpty(node, "members", artist.members(), CatalogueWriter::membership);
    putIfNotEmpty(node, "groups", artist.groups(), CatalogueWriter::membership);
    node.put("data_quality", artist.dataQuality());
    return node;
  }

  /** Writes a label as {@code GET /labels/{id}} answers it. */
  public static ObjectNode label(Label label) {
    long id = label.id().value();
    ObjectNode node = StubJson.object();
    node.put("id", id);
    node.put("name", label.name());
    node.put("resource_url", API + "/labels/" + id);
    node.put("uri", label.uri());
    node.put("releases_url", API + "/labels/" + id + "/releases");
    putImages(node, label.images());
    node.put("contact_info", label.contactInfo());
    node.put("profile", label.profile());
    putIfNotEmpty(node, "urls", label.urls());
    putIfNotEmpty(node, "sublabels", label.sublabels(), CatalogueWriter::labelRef);
    label.parentLabel().ifPresent(parent -> node.set("parent_label", labelRef(parent)));
    node.put("data_quality", label.dataQuality());
    return node;
  }

  private static void putReleaseCredits(ObjectNode node, Release release) {
    node.set("artists", array(release.artists(), PartWriter::artistCredit));
    putIfNotEmpty(node, "artists_sort", release.artistsSort());
    node.set("labels", array(release.labels(), PartWriter::entityCredit));
    node.set("series", array(release.series(), PartWriter::entityCredit));
    node.set("companies", array(release.companies(), PartWriter::entityCredit));
    node.set("formats", array(release.formats(), PartWriter::format));
  }

  private static void putMasterLink(ObjectNode node, long masterId) {
    node.put("master_id", masterId);
    node.put("master_url", API + "/masters/" + masterId);
  }

  private static void putMasterReleases(ObjectNode node, Master master) {
    long main = master.mainRelease().value();
    node.put("main_release", main);
    node.put("main_release_url", API + "/releases/" + main);
    master
        .mostRecentRelease()
        .ifPresent(
            recent -> {
              node.put("most_recent_release", recent.value());
              node.put("most_recent_release_url", API + "/releases/" + recent.value());
            });
  }

  private static void putReleaseFlags(ObjectNode node, Release release) {
    release.estimatedWeight().ifPresent(weight -> node.put("estimated_weight", weight));
    release.blockedFromSale().ifPresent(blocked -> node.put("blocked_from_sale", blocked));
    release.offensive().ifPresent(offensive -> node.put("is_offensive", offensive));
  }

  private static void putReleaseTexts(ObjectNode node, Release release) {
    putIfNotEmpty(node, "country", release.country());
    putIfNotEmpty(node, "released", release.released().raw());
    putIfNotEmpty(node, "notes", release.notes());
    putIfNotEmpty(node, "released_formatted", release.releasedFormatted());
  }

  private static void putCatalogueLists(ObjectNode node, Release release) {
    node.set("identifiers", array(release.identifiers(), PartWriter::identifier));
    node.set("videos", array(release.videos(), PartWriter::video));
    node.set("genres", strings(release.genres()));
    node.set("styles", strings(release.styles()));
    node.set("tracklist", array(release.tracklist(), PartWriter::track));
    node.set("extraartists", array(release.extraArtists(), PartWriter::artistCredit));
  }

  private static void putSale(
      ObjectNode node, OptionalInt numForSale, Optional<Money> lowestPrice) {
    // A record from before Discogs sent the count has no key, as Discogs then answered.
    numForSale.ifPresent(count -> node.put("num_for_sale", count));
    HeldPrices.write(node, lowestPrice);
  }

  private static void putImages(ObjectNode node, List<Image> images) {
    // Discogs leaves the key out when an object has no image.
    putIfNotEmpty(node, "images", images, PartWriter::image);
  }

  private static ObjectNode membership(ArtistMembership membership) {
    ObjectNode node = artistRef(membership.artist());
    node.put("active", membership.active());
    return node;
  }

  private static ObjectNode artistRef(ArtistRef ref) {
    ObjectNode node = StubJson.object();
    node.put("id", ref.id().value());
    node.put("name", ref.name());
    node.put("resource_url", API + "/artists/" + ref.id().value());
    putIfNotEmpty(node, "thumbnail_url", ref.thumbnailUrl());
    return node;
  }

  private static ObjectNode labelRef(LabelRef ref) {
    ObjectNode node = StubJson.object();
    node.put("id", ref.id().value());
    node.put("name", ref.name());
    node.put("resource_url", API + "/labels/" + ref.id().value());
    return node;
  }

  static void putYear(ObjectNode node, OptionalInt year) {
    year.ifPresent(value -> node.put("year", value));
  }
}
