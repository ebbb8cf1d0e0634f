package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingRelease;
import dev.needledrop.discogs.model.marketplace.ListingSeller;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderItem;
import dev.needledrop.discogs.model.marketplace.OrderMessage;
import dev.needledrop.discogs.model.marketplace.OrderShipping;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.OriginalPrice;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.util.Optional;

/**
 * Writes the core's marketplace records as the JSON Discogs sends, with the stub's own tree writer,
 * so that a record seeded into the stub or a fake comes back through any client as it went in.
 * Parts a record holds as empty are left out, as Discogs leaves them out.
 */
public final class MarketWriter {

  private MarketWriter() {}

  /** Writes a listing as its seller sees it, private fields included. */
  public static ObjectNode listing(Listing listing) {
    long id = listing.id().value();
    ObjectNode node = StubJson.object();
    node.put("id", id);
    node.put("resource_url", MarketUrls.listing(id));
    node.put("uri", listing.uri());
    node.put("status", listing.status().value());
    node.put("condition", listing.condition().value());
    listing.sleeveCondition().ifPresent(c -> node.put("sleeve_condition", c.value()));
    node.put("comments", listing.comments());
    node.put("ships_from", listing.shipsFrom());
    listing.posted().ifPresent(posted -> node.put("posted", posted.raw()));
    node.put("allow_offers", listing.allowOffers());
    listing.offerSubmitted().ifPresent(offer -> node.put("offer_submitted", offer));
    node.put("audio", listing.audio());
    node.set("price", price(listing.price()));
    node.set("original_price", original(listing.originalPrice()));
    node.set("shipping_price", price(listing.shippingPrice()));
    node.set("original_shipping_price", original(listing.originalShippingPrice()));
    node.set("seller", seller(listing.seller()));
    node.set("release", release(listing.release()));
    listing.inCart().ifPresent(inCart -> node.put("in_cart", inCart));
    listing.weight().ifPresent(weight -> node.put("weight", weight));
    listing.formatQuantity().ifPresent(quantity -> node.put("format_quantity", quantity));
    listing.externalId().ifPresent(text -> node.put("external_id", text));
    listing.location().ifPresent(text -> node.put("location", text));
    listing.quantity().ifPresent(quantity -> node.put("quantity", quantity));
    return node;
  }

  /** Writes an order as its seller reads it. */
  public static ObjectNode order(Order order) {
    String id = order.id().value();
    ObjectNode node = StubJson.object();
    node.put("id", id);
    node.put("resource_url", MarketUrls.order(id));
    node.put("messages_url", MarketUrls.order(id) + "/messages");
    node.put("uri", order.uri());
    node.put("status", order.status().value());
    ArrayNode next = node.putArray("next_status");
    order.nextStatus().stream().map(OrderStatus::value).forEach(next::add);
    order.fee().ifPresent(fee -> node.set("fee", money(fee)));
    order.created().ifPresent(created -> node.put("created", created.raw()));
    order.lastActivity().ifPresent(activity -> node.put("last_activity", activity.raw()));
    ArrayNode items = node.putArray("items");
    order.items().forEach(item -> items.add(item(item)));
    order.shipping().ifPresent(shipping -> node.set("shipping", shipping(shipping)));
    node.put("shipping_address", order.shippingAddress());
    node.put("additional_instructions", order.additionalInstructions());
    order.archived().ifPresent(archived -> node.put("archived", archived));
    order.seller().ifPresent(seller -> node.set("seller", user(seller)));
    order.buyer().ifPresent(buyer -> node.set("buyer", user(buyer)));
    order.total().ifPresent(total -> node.set("total", money(total)));
    return node;
  }

  /** Writes an order message. */
  public static ObjectNode message(OrderMessage message) {
    ObjectNode node = StubJson.object();
    if (!message.type().value().isEmpty()) {
      node.put("type", message.type().value());
    }
    node.put("subject", message.subject());
    node.put("message", message.message());
    message.timestamp().ifPresent(time -> node.put("timestamp", time.raw()));
    message.order().ifPresent(order -> node.set("order", orderRef(order.value())));
    message.from().ifPresent(from -> node.set("from", user(from)));
    message.actor().ifPresent(actor -> node.set("actor", user(actor)));
    message.statusId().ifPresent(id -> node.put("status_id", id));
    message.originalShipping().ifPresent(amount -> node.put("original", amount));
    message.newShipping().ifPresent(amount -> node.put("new", amount));
    message
        .refund()
        .ifPresent(
            refund -> {
              ObjectNode written = node.putObject("refund");
              written.put("amount", refund.amount());
              refund.order().ifPresent(order -> written.set("order", orderRef(order.value())));
            });
    return node;
  }

  private static ObjectNode price(Optional<Money> price) {
    return price.map(MarketWriter::money).orElseGet(StubJson::object);
  }

  private static ObjectNode money(Money money) {
    return Prices.price(money.amount(), money.currency().code());
  }

  private static ObjectNode original(Optional<OriginalPrice> price) {
    if (price.isEmpty()) {
      return StubJson.object();
    }
    OriginalPrice original = price.get();
    ObjectNode node = StubJson.object();
    node.put("curr_abbr", original.amount().currency().code());
    original.currencyId().ifPresent(id -> node.put("curr_id", id));
    node.put("formatted", original.formatted());
    node.put("value", original.amount().amount());
    original
        .converted()
        .ifPresent(converted -> node.set("converted", original(Optional.of(converted))));
    return node;
  }

  private static ObjectNode seller(ListingSeller seller) {
    ObjectNode node = StubJson.object();
    seller.id().ifPresent(id -> node.put("id", id));
    node.put("username", seller.username().value());
    node.put("resource_url", MarketUrls.user(seller.username().value()));
    putIfNotEmpty(node, "avatar_url", seller.avatarUrl());
    putIfNotEmpty(node, "html_url", seller.htmlUrl());
    putIfNotEmpty(node, "payment", seller.payment());
    putIfNotEmpty(node, "shipping", seller.shipping());
    seller.minOrderTotal().ifPresent(total -> node.put("min_order_total", total));
    seller
        .stats()
        .ifPresent(
            stats -> {
              ObjectNode written = node.putObject("stats");
              written.put("rating", stats.rating());
              written.put("stars", stats.stars());
              written.put("total", stats.total());
            });
    return node;
  }

  private static ObjectNode release(ListingRelease release) {
    long id = release.id().value();
    ObjectNode node = StubJson.object();
    node.put("id", id);
    node.put("description", release.description());
    node.put("resource_url", MarketUrls.API + "/releases/" + id);
    node.put("thumbnail", release.thumbnail());
    node.put("year", release.year().orElse(0));
    node.put("catalog_number", release.catalogNumber());
    putIfNotEmpty(node, "artist", release.artist());
    putIfNotEmpty(node, "title", release.title());
    putIfNotEmpty(node, "format", release.format());
    putIfNotEmpty(node, "label", release.label());
    if (!release.images().isEmpty()) {
      ArrayNode images = node.putArray("images");
      release.images().forEach(image -> images.add(image(image)));
    }
    release.stats().ifPresent(stats -> node.set("stats", stats(stats)));
    return node;
  }

  private static ObjectNode item(OrderItem item) {
    ObjectNode node = StubJson.object();
    node.put("id", item.listingId().value());
    ObjectNode release = node.putObject("release");
    release.put("id", item.releaseId().value());
    release.put("description", item.releaseDescription());
    item.price().ifPresent(price -> node.set("price", money(price)));
    item.mediaCondition().ifPresent(c -> node.put("media_condition", c.value()));
    item.sleeveCondition().ifPresent(c -> node.put("sleeve_condition", c.value()));
    return node;
  }

  private static ObjectNode shipping(OrderShipping shipping) {
    ObjectNode node = StubJson.object();
    shipping
        .amount()
        .ifPresent(
            amount -> {
              node.put("currency", amount.currency().code());
              node.put("value", amount.amount());
            });
    putIfNotEmpty(node, "method", shipping.method());
    return node;
  }

  private static ObjectNode user(UserRef user) {
    ObjectNode node = StubJson.object();
    user.id().ifPresent(id -> node.put("id", id));
    node.put("username", user.username().value());
    node.put("resource_url", MarketUrls.user(user.username().value()));
    putIfNotEmpty(node, "avatar_url", user.avatarUrl());
    return node;
  }

  private static ObjectNode orderRef(String id) {
    ObjectNode node = StubJson.object();
    node.put("id", id);
    node.put("resource_url", MarketUrls.order(id));
    return node;
  }

  private static ObjectNode image(Image image) {
    ObjectNode node = StubJson.object();
    node.put("type", image.type());
    node.put("uri", image.uri());
    node.put("resource_url", image.uri());
    node.put("uri150", image.uri150());
    node.put("width", image.width());
    node.put("height", image.height());
    return node;
  }

  private static ObjectNode stats(ItemStats stats) {
    ObjectNode node = StubJson.object();
    stats.community().ifPresent(community -> node.set("community", counts(community)));
    stats.user().ifPresent(user -> node.set("user", counts(user)));
    return node;
  }

  private static ObjectNode counts(ItemStats.Counts counts) {
    ObjectNode node = StubJson.object();
    node.put("in_wantlist", counts.inWantlist());
    node.put("in_collection", counts.inCollection());
    return node;
  }

  private static void putIfNotEmpty(ObjectNode node, String field, String value) {
    if (!value.isEmpty()) {
      node.put(field, value);
    }
  }
}
