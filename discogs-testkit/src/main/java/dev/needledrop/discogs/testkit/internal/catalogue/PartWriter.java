package dev.needledrop.discogs.testkit.internal.catalogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.model.database.Community;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Format;
import dev.needledrop.discogs.model.database.Identifier;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.database.Track;
import dev.needledrop.discogs.model.database.Video;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.List;
import java.util.function.Function;

/** Writes the parts shared by the database objects: credits, tracks, images, community, stats. */
final class PartWriter {

  static final String API = "https://api.discogs.com";

  private PartWriter() {}

  static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> writer) {
    ArrayNode array = StubJson.array();
    items.forEach(item -> array.add(writer.apply(item)));
    return array;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode array = StubJson.array();
    values.forEach(array::add);
    return array;
  }

  static void putIfNotEmpty(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }

  static void putIfNotEmpty(ObjectNode node, String field, List<String> values) {
    if (!values.isEmpty()) {
      node.set(field, strings(values));
    }
  }

  /** Puts the objects under the field, leaving the key out when there are none, as Discogs does. */
  static <T> void putIfNotEmpty(
      ObjectNode node, String field, List<T> items, Function<T, ObjectNode> writer) {
    if (!items.isEmpty()) {
      node.set(field, array(items, writer));
    }
  }

  /** Puts the id of a linked object and its address, such as {@code /artists/1}, after it. */
  private static void putLink(ObjectNode node, String collection, long id) {
    node.put("id", id);
    node.put("resource_url", API + "/" + collection + "/" + id);
  }

  static ObjectNode artistCredit(ArtistCredit credit) {
    ObjectNode node = StubJson.object();
    node.put("name", credit.name());
    node.put("anv", credit.anv());
    node.put("join", credit.join());
    node.put("role", credit.role());
    node.put("tracks", credit.tracks());
    credit.id().ifPresent(id -> putLink(node, "artists", id.value()));
    putIfNotEmpty(node, "thumbnail_url", credit.thumbnailUrl());
    return node;
  }

  static ObjectNode entityCredit(EntityCredit credit) {
    ObjectNode node = StubJson.object();
    node.put("name", credit.name());
    node.put("catno", credit.catno());
    node.put("entity_type", credit.entityType());
    putIfNotEmpty(node, "entity_type_name", credit.entityTypeName());
    credit.id().ifPresent(id -> putLink(node, "labels", id.value()));
    putIfNotEmpty(node, "thumbnail_url", credit.thumbnailUrl());
    return node;
  }

  static ObjectNode format(Format format) {
    ObjectNode node = StubJson.object();
    node.put("name", format.name());
    node.put("qty", format.quantity());
    putIfNotEmpty(node, "descriptions", format.descriptions());
    putIfNotEmpty(node, "text", format.text());
    return node;
  }

  static ObjectNode track(Track track) {
    ObjectNode node = StubJson.object();
    node.put("position", track.position().raw());
    node.put("type_", track.type().value());
    node.put("title", track.title());
    node.put("duration", track.duration().raw());
    putIfNotEmpty(node, "artists", track.artists(), PartWriter::artistCredit);
    putIfNotEmpty(node, "extraartists", track.extraArtists(), PartWriter::artistCredit);
    putIfNotEmpty(node, "sub_tracks", track.subTracks(), PartWriter::track);
    return node;
  }

  static ObjectNode image(Image image) {
    ObjectNode node = StubJson.object();
    node.put("type", image.type());
    node.put("uri", image.uri());
    node.put("resource_url", image.uri());
    node.put("uri150", image.uri150());
    node.put("width", image.width());
    node.put("height", image.height());
    return node;
  }

  static ObjectNode video(Video video) {
    ObjectNode node = StubJson.object();
    node.put("uri", video.uri());
    node.put("title", video.title());
    node.put("description", video.description());
    node.put("duration", video.duration().toSeconds());
    node.put("embed", video.embed());
    return node;
  }

  static ObjectNode identifier(Identifier identifier) {
    ObjectNode node = StubJson.object();
    node.put("type", identifier.type());
    node.put("value", identifier.value());
    putIfNotEmpty(node, "description", identifier.description());
    return node;
  }

  static ObjectNode community(Community community) {
    ObjectNode node = StubJson.object();
    node.put("have", community.have());
    node.put("want", community.want());
    ObjectNode rating = node.putObject("rating");
    rating.put("count", community.rating().count());
    rating.put("average", community.rating().average());
    community.submitter().ifPresent(submitter -> node.set("submitter", user(submitter)));
    node.set("contributors", array(community.contributors(), PartWriter::user));
    node.put("data_quality", community.dataQuality());
    node.put("status", community.status());
    return node;
  }

  static ObjectNode user(UserRef user) {
    ObjectNode node = StubJson.object();
    node.put("username", user.username().value());
    node.put("resource_url", API + "/users/" + QueryString.encode(user.username().value()));
    user.id().ifPresent(id -> node.put("id", id));
    putIfNotEmpty(node, "avatar_url", user.avatarUrl());
    return node;
  }

  /** Puts the stats of a listed item; an item without any (old listings) gets no key at all. */
  static void putStats(ObjectNode entry, ItemStats stats) {
    if (stats.community().isEmpty() && stats.user().isEmpty()) {
      return;
    }
    ObjectNode node = entry.putObject("stats");
    stats.community().ifPresent(community -> node.set("community", counts(community)));
    stats.user().ifPresent(user -> node.set("user", counts(user)));
  }

  private static ObjectNode counts(ItemStats.Counts counts) {
    ObjectNode node = StubJson.object();
    node.put("in_wantlist", counts.inWantlist());
    node.put("in_collection", counts.inCollection());
    return node;
  }
}
