package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.ItemStats;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.InventoryExport;
import dev.needledrop.discogs.model.inventory.InventoryUpload;
import dev.needledrop.discogs.model.inventory.JobStatus;
import dev.needledrop.discogs.model.inventory.UploadId;
import dev.needledrop.discogs.model.inventory.UploadResults;
import dev.needledrop.discogs.model.inventory.UploadType;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.ListingRelease;
import dev.needledrop.discogs.model.marketplace.ListingSeller;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.model.marketplace.MarketplaceStats;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderItem;
import dev.needledrop.discogs.model.marketplace.OrderMessage;
import dev.needledrop.discogs.model.marketplace.OrderMessageType;
import dev.needledrop.discogs.model.marketplace.OrderShipping;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.OriginalPrice;
import dev.needledrop.discogs.model.marketplace.PriceSuggestions;
import dev.needledrop.discogs.model.marketplace.Refund;
import dev.needledrop.discogs.model.marketplace.SellerStats;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads the market's JSON into the core's records the way a client reading the stub would, so that
 * the in-memory fakes answer with exactly what the HTTP adapter decodes from the stub: absent and
 * null read as empty, amounts exact, unknown condition and status texts kept as sent.
 */
public final class MarketReader {

  private MarketReader() {}

  /** Reads a listing. */
  public static Listing listing(JsonNode json) {
    return new Listing(
        ListingId.of(json.path("id").asLong()),
        ListingStatus.of(StubJson.text(json, "status")),
        money(json.path("price")),
        originalPrice(json.path("original_price")),
        money(json.path("shipping_price")),
        originalPrice(json.path("original_shipping_price")),
        json.path("allow_offers").asBoolean(false),
        flag(json.path("offer_submitted")),
        MediaCondition.of(StubJson.text(json, "condition")),
        present(json, "sleeve_condition").map(SleeveCondition::of),
        StubJson.text(json, "comments"),
        StubJson.text(json, "ships_from"),
        timestamp(json, "posted"),
        json.path("audio").asBoolean(false),
        StubJson.text(json, "uri"),
        seller(json.path("seller")),
        release(json.path("release")),
        flag(json.path("in_cart")),
        decimal(json.path("weight")),
        integer(json.path("format_quantity")),
        text(json.path("external_id")),
        text(json.path("location")),
        integer(json.path("quantity")));
  }

  /** Reads an order. */
  public static Order order(JsonNode json) {
    List<OrderStatus> next =
        StubJson.texts(json, "next_status").stream().map(OrderStatus::of).toList();
    List<OrderItem> items = new ArrayList<>();
    json.path("items").forEach(item -> items.add(item(item)));
    return new Order(
        OrderId.of(StubJson.text(json, "id")),
        OrderStatus.of(StubJson.text(json, "status")),
        next,
        money(json.path("fee")),
        timestamp(json, "created"),
        timestamp(json, "last_activity"),
        items,
        shipping(json.path("shipping")),
        StubJson.text(json, "shipping_address"),
        StubJson.text(json, "additional_instructions"),
        flag(json.path("archived")),
        user(json.path("seller")),
        user(json.path("buyer")),
        money(json.path("total")),
        StubJson.text(json, "uri"));
  }

  /** Reads an order message. */
  public static OrderMessage message(JsonNode json) {
    return new OrderMessage(
        OrderMessageType.of(StubJson.text(json, "type")),
        StubJson.text(json, "subject"),
        StubJson.text(json, "message"),
        timestamp(json, "timestamp"),
        orderRef(json.path("order")),
        user(json.path("from")),
        user(json.path("actor")),
        integer(json.path("status_id")),
        decimal(json.path("original")),
        decimal(json.path("new")),
        refund(json.path("refund")));
  }

  /** Reads a release's marketplace stats. */
  public static MarketplaceStats stats(JsonNode json) {
    return new MarketplaceStats(
        money(json.path("lowest_price")),
        integer(json.path("num_for_sale")),
        flag(json.path("blocked_from_sale")));
  }

  /** Reads price suggestions keyed by condition; entries without a usable price are left out. */
  public static PriceSuggestions suggestions(JsonNode json) {
    Map<MediaCondition, Money> prices = new LinkedHashMap<>();
    json.properties()
        .forEach(
            entry ->
                money(entry.getValue())
                    .ifPresent(price -> prices.put(MediaCondition.of(entry.getKey()), price)));
    return new PriceSuggestions(prices);
  }

  /** Reads an amount with its currency, such as a fee. */
  public static Optional<Money> money(JsonNode price) {
    return money(price.path("value"), StubJson.text(price, "currency"));
  }

  /** Reads an export. */
  public static InventoryExport export(JsonNode json) {
    return new InventoryExport(
        ExportId.of(json.path("id").asLong()),
        JobStatus.of(StubJson.text(json, "status")),
        timestamp(json, "created_ts"),
        timestamp(json, "finished_ts"),
        present(json, "download_url"),
        present(json, "filename"));
  }

  /** Reads an upload. */
  public static InventoryUpload upload(JsonNode json) {
    return new InventoryUpload(
        UploadId.of(json.path("id").asLong()),
        JobStatus.of(StubJson.text(json, "status")),
        UploadType.of(StubJson.text(json, "type")),
        StubJson.text(json, "filename"),
        timestamp(json, "created_ts"),
        timestamp(json, "finished_ts"),
        results(json.path("results")));
  }

  private static ListingSeller seller(JsonNode json) {
    return new ListingSeller(
        Username.of(StubJson.text(json, "username")),
        json.path("id").isNumber()
            ? OptionalLong.of(json.path("id").asLong())
            : OptionalLong.empty(),
        StubJson.text(json, "avatar_url"),
        StubJson.text(json, "html_url"),
        StubJson.text(json, "payment"),
        StubJson.text(json, "shipping"),
        decimal(json.path("min_order_total")),
        json.path("stats").isObject()
            ? Optional.of(
                new SellerStats(
                    StubJson.text(json.path("stats"), "rating"),
                    json.path("stats").path("stars").asDouble(0),
                    json.path("stats").path("total").asInt(0)))
            : Optional.empty());
  }

  private static ListingRelease release(JsonNode json) {
    List<Image> images = new ArrayList<>();
    json.path("images").forEach(image -> images.add(image(image)));
    int year = json.path("year").asInt(0);
    return new ListingRelease(
        ReleaseId.of(json.path("id").asLong()),
        StubJson.text(json, "description"),
        StubJson.text(json, "thumbnail"),
        year > 0 ? OptionalInt.of(year) : OptionalInt.empty(),
        StubJson.text(json, "catalog_number"),
        StubJson.text(json, "artist"),
        StubJson.text(json, "title"),
        StubJson.text(json, "format"),
        StubJson.text(json, "label"),
        images,
        json.path("stats").isObject()
            ? Optional.of(itemStats(json.path("stats")))
            : Optional.empty());
  }

  private static ItemStats itemStats(JsonNode json) {
    return new ItemStats(counts(json.path("community")), counts(json.path("user")));
  }

  private static Optional<ItemStats.Counts> counts(JsonNode json) {
    return json.isObject()
        ? Optional.of(
            new ItemStats.Counts(
                json.path("in_collection").asInt(0), json.path("in_wantlist").asInt(0)))
        : Optional.empty();
  }

  private static Image image(JsonNode json) {
    return new Image(
        StubJson.text(json, "type"),
        StubJson.text(json, "uri"),
        StubJson.text(json, "uri150"),
        json.path("width").asInt(0),
        json.path("height").asInt(0));
  }

  private static OrderItem item(JsonNode json) {
    return new OrderItem(
        ListingId.of(json.path("id").asLong()),
        ReleaseId.of(json.path("release").path("id").asLong()),
        StubJson.text(json.path("release"), "description"),
        money(json.path("price")),
        present(json, "media_condition").map(MediaCondition::of),
        present(json, "sleeve_condition").map(SleeveCondition::of));
  }

  private static Optional<OrderShipping> shipping(JsonNode json) {
    return json.isObject()
        ? Optional.of(
            new OrderShipping(
                money(json.path("value"), StubJson.text(json, "currency")),
                StubJson.text(json, "method")))
        : Optional.empty();
  }

  private static Optional<Refund> refund(JsonNode json) {
    return json.path("amount").isNumber()
        ? Optional.of(new Refund(json.path("amount").decimalValue(), orderRef(json.path("order"))))
        : Optional.empty();
  }

  private static Optional<OrderId> orderRef(JsonNode json) {
    return present(json, "id").map(OrderId::of);
  }

  private static Optional<UserRef> user(JsonNode json) {
    String name = StubJson.text(json, "username");
    if (name.isBlank()) {
      return Optional.empty();
    }
    OptionalLong id =
        json.path("id").isNumber()
            ? OptionalLong.of(json.path("id").asLong())
            : OptionalLong.empty();
    return Optional.of(new UserRef(Username.of(name), id, StubJson.text(json, "avatar_url")));
  }

  private static Optional<OriginalPrice> originalPrice(JsonNode json) {
    return money(json.path("value"), StubJson.text(json, "curr_abbr"))
        .map(
            amount ->
                new OriginalPrice(
                    amount,
                    integer(json.path("curr_id")),
                    StubJson.text(json, "formatted"),
                    originalPrice(json.path("converted"))));
  }

  private static UploadResults results(JsonNode json) {
    if (json.isMissingNode() || json.isNull()) {
      return UploadResults.NONE;
    }
    if (!json.isObject()) {
      return UploadResults.ofText(json.isTextual() ? json.asText() : json.toString());
    }
    Map<String, String> fields = new LinkedHashMap<>();
    json.properties()
        .forEach(
            e ->
                fields.put(
                    e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
    return new UploadResults("", fields);
  }

  private static Optional<Money> money(JsonNode value, String currency) {
    if (!value.isNumber() || currency.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Money(value.decimalValue(), Currency.of(currency)));
    } catch (IllegalArgumentException notACurrency) {
      return Optional.empty();
    }
  }

  private static Optional<Timestamp> timestamp(JsonNode json, String field) {
    return present(json, field).map(Timestamp::of);
  }

  private static Optional<String> present(JsonNode json, String field) {
    String text = StubJson.text(json, field);
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  private static Optional<String> text(JsonNode json) {
    return json.isValueNode() && !json.isNull() ? Optional.of(json.asText()) : Optional.empty();
  }

  private static Optional<Boolean> flag(JsonNode json) {
    return json.isBoolean() ? Optional.of(json.asBoolean()) : Optional.empty();
  }

  private static OptionalInt integer(JsonNode json) {
    return json.isNumber() && json.canConvertToInt()
        ? OptionalInt.of(json.asInt())
        : OptionalInt.empty();
  }

  private static Optional<BigDecimal> decimal(JsonNode json) {
    return json.isNumber() ? Optional.of(json.decimalValue()) : Optional.empty();
  }
}
