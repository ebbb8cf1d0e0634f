package dev.needledrop.discogs.testkit.internal.catalogue;

import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.API;
import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.array;
import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.putIfNotEmpty;
import static dev.needledrop.discogs.testkit.internal.catalogue.PartWriter.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.lists.ListItem;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.List;

/**
 * Writes the core's user-data records as the JSON Discogs sends, with the stub's own tree writer,
 * and derives the short description of a release from a held release. API URLs are written on
 * {@code https://api.discogs.com}; the stub roots them at itself when it answers.
 */
public final class UserDataWriter {

  private static final List<String> BASIC_KEYS =
      List.of("id", "title", "year", "resource_url", "thumb", "formats", "labels", "artists");

  private UserDataWriter() {}

  /** Writes the short description of a release, as collection items and wants carry it. */
  public static ObjectNode basicInformation(BasicInformation release) {
    long id = release.id().value();
    ObjectNode node = StubJson.object();
    node.put("id", id);
    putMaster(node, release);
    node.put("resource_url", API + "/releases/" + id);
    node.put("thumb", release.thumb());
    node.put("cover_image", release.coverImage());
    node.put("title", release.title());
    node.put("year", release.year().orElse(0));
    node.set("formats", array(release.formats(), PartWriter::format));
    node.set("labels", array(release.labels(), PartWriter::entityCredit));
    node.set("artists", array(release.artists(), PartWriter::artistCredit));
    node.set("genres", strings(release.genres()));
    node.set("styles", strings(release.styles()));
    return node;
  }

  /**
   * Returns the short description of a release held as {@code GET /releases/{id}} answers it: its
   * identifying and listing parts, with the primary image as the cover.
   */
  public static ObjectNode basicInformation(JsonNode release) {
    ObjectNode node = StubJson.object();
    for (String key : BASIC_KEYS) {
      if (release.has(key)) {
        node.set(key, release.get(key).deepCopy());
      }
    }
    node.put("master_id", StubJson.id(release, "master_id"));
    if (release.has("master_url")) {
      node.set("master_url", release.get("master_url").deepCopy());
    } else {
      node.putNull("master_url");
    }
    node.put("cover_image", coverImage(release));
    node.set("genres", strings(StubJson.texts(release, "genres")));
    node.set("styles", strings(StubJson.texts(release, "styles")));
    return node;
  }

  /** Writes a profile as its owner sees it; the stub trims it for other callers. */
  public static ObjectNode profile(UserProfile profile) {
    String base = API + "/users/" + QueryString.encode(profile.username().value());
    ObjectNode node = StubJson.object();
    node.put("id", profile.id());
    node.put("resource_url", base);
    node.put("uri", profile.uri());
    node.put("username", profile.username().value());
    putTexts(node, profile);
    putCounts(node, profile);
    node.put("inventory_url", base + "/inventory");
    node.put("collection_folders_url", base + "/collection/folders");
    node.put("collection_fields_url", base + "/collection/fields");
    node.put("wantlist_url", base + "/wants");
    node.put("avatar_url", profile.avatarUrl());
    node.put("curr_abbr", profile.currency().map(Currency::code).orElse(""));
    profile.activated().ifPresent(flag -> node.put("activated", flag));
    profile.marketplaceSuspended().ifPresent(flag -> node.put("marketplace_suspended", flag));
    node.put("banner_url", profile.bannerUrl());
    putRatings(node, profile);
    profile.staff().ifPresent(flag -> node.put("is_staff", flag));
    putOwnersParts(node, profile);
    return node;
  }

  /** Writes a custom field as {@code GET /users/{username}/collection/fields} lists it. */
  public static ObjectNode field(CustomField field) {
    ObjectNode node = StubJson.object();
    node.put("id", field.id().value());
    node.put("name", field.name());
    node.put("position", field.position());
    node.put("public", field.isPublic());
    node.put("type", field.type().value());
    putIfNotEmpty(node, "options", field.options());
    field.lines().ifPresent(lines -> node.put("lines", lines));
    return node;
  }

  /** Writes a list as {@code GET /lists/{id}} answers it, under the keys Discogs sends. */
  public static ObjectNode list(UserList list) {
    long id = list.id().value();
    ObjectNode node = StubJson.object();
    node.put("id", id);
    node.put("name", list.name());
    node.put("description", list.description());
    node.put("public", list.isPublic());
    list.dateAdded().ifPresent(added -> node.put("date_added", added.raw()));
    list.dateChanged().ifPresent(changed -> node.put("date_changed", changed.raw()));
    node.put("uri", list.uri());
    node.put("resource_url", API + "/lists/" + id);
    list.owner().ifPresent(owner -> node.set("user", PartWriter.user(owner)));
    node.put("image_url", list.imageUrl());
    node.set("items", array(list.items(), UserDataWriter::listItem));
    return node;
  }

  private static ObjectNode listItem(ListItem item) {
    ObjectNode node = StubJson.object();
    node.put("id", item.id());
    node.put("type", item.type().value());
    node.put("display_title", item.displayTitle());
    node.put("comment", item.comment());
    node.put("uri", item.uri());
    node.put("resource_url", API + "/" + item.type().value() + "s/" + item.id());
    node.put("image_url", item.imageUrl());
    PartWriter.putStats(node, item.stats());
    return node;
  }

  // Discogs writes 0 and null for a release without a master.
  private static void putMaster(ObjectNode node, BasicInformation release) {
    if (release.masterId().isPresent()) {
      long master = release.masterId().get().value();
      node.put("master_id", master);
      node.put("master_url", API + "/masters/" + master);
    } else {
      node.put("master_id", 0);
      node.putNull("master_url");
    }
  }

  private static void putTexts(ObjectNode node, UserProfile profile) {
    node.put("name", profile.name());
    node.put("home_page", profile.homePage());
    node.put("location", profile.location());
    node.put("profile", profile.profile());
    profile.registered().ifPresent(registered -> node.put("registered", registered.raw()));
  }

  private static void putCounts(ObjectNode node, UserProfile profile) {
    node.put("rank", profile.rank());
    node.put("num_pending", profile.numPending());
    node.put("num_for_sale", profile.numForSale());
    node.put("num_lists", profile.numLists());
    node.put("releases_contributed", profile.releasesContributed());
    node.put("releases_rated", profile.releasesRated());
    node.put("rating_avg", profile.ratingAvg());
  }

  // The stub shows these to the owner alone, and the counts only as the collection allows.
  private static void putOwnersParts(ObjectNode node, UserProfile profile) {
    profile.numCollection().ifPresent(count -> node.put("num_collection", count));
    profile.numWantlist().ifPresent(count -> node.put("num_wantlist", count));
    profile.email().ifPresent(email -> node.put("email", email));
    profile.numUnread().ifPresent(count -> node.put("num_unread", count));
  }

  private static void putRatings(ObjectNode node, UserProfile profile) {
    node.put("buyer_rating", profile.buyerRating());
    node.put("buyer_rating_stars", profile.buyerRatingStars());
    node.put("buyer_num_ratings", profile.buyerNumRatings());
    node.put("seller_rating", profile.sellerRating());
    node.put("seller_rating_stars", profile.sellerRatingStars());
    node.put("seller_num_ratings", profile.sellerNumRatings());
  }

  private static String coverImage(JsonNode release) {
    for (JsonNode image : release.path("images")) {
      if (StubJson.text(image, "type").equals("primary")) {
        return StubJson.text(image, "uri");
      }
    }
    JsonNode first = release.path("images").path(0);
    return first.isMissingNode() ? "" : StubJson.text(first, "uri");
  }
}
