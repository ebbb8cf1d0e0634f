package dev.needledrop.discogs.feign.internal;

import dev.needledrop.discogs.api.InventoryQuery;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.OrderQuery;
import dev.needledrop.discogs.api.access.MarketplaceAccess;
import dev.needledrop.discogs.auth.AccessLevel;
import dev.needledrop.discogs.feign.internal.dto.ListingBodyDto;
import dev.needledrop.discogs.feign.internal.dto.NewOrderMessageDto;
import dev.needledrop.discogs.feign.internal.dto.OrderUpdateDto;
import dev.needledrop.discogs.feign.internal.dto.PriceDto;
import dev.needledrop.discogs.feign.internal.http.PathSegment;
import dev.needledrop.discogs.feign.internal.http.QueryParameters;
import dev.needledrop.discogs.feign.internal.mapping.ListingMapper;
import dev.needledrop.discogs.feign.internal.mapping.MarketWireFormats;
import dev.needledrop.discogs.feign.internal.mapping.OrderMapper;
import dev.needledrop.discogs.feign.internal.resource.MarketplaceResource;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingDraft;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.MarketplaceStats;
import dev.needledrop.discogs.model.marketplace.NewOrderMessage;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderMessage;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.OrderUpdate;
import dev.needledrop.discogs.model.marketplace.PriceSuggestions;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mapstruct.factory.Mappers;

/**
 * The Marketplace section over HTTP. Writes go out as JSON bodies, each sent once: this class never
 * repeats a request. Thread-safe.
 */
final class FeignMarketplaceApi implements MarketplaceApi {

  private static final ListingMapper LISTINGS = Mappers.getMapper(ListingMapper.class);
  private static final OrderMapper ORDERS = Mappers.getMapper(OrderMapper.class);

  private final MarketplaceResource resource;
  private final AccessLevel access;

  FeignMarketplaceApi(MarketplaceResource resource, AccessLevel access) {
    this.resource = Objects.requireNonNull(resource, "resource");
    this.access = Objects.requireNonNull(access, "access");
  }

  @Override
  public Page<Listing> inventory(Username seller, InventoryQuery query, PageRequest page) {
    MarketplaceAccess.INVENTORY.check(access);
    String username = segment(seller, "seller");
    Map<String, String> parameters =
        QueryParameters.create()
            .addIfPresent("status", query.status().map(Object::toString))
            .sort(query.sort())
            .page(page)
            .toMap();
    return Exchange.get("/users/" + username + "/inventory")
        .fetch(() -> resource.inventory(username, parameters), LISTINGS::toInventoryPage);
  }

  @Override
  public Listing listing(ListingId id) {
    MarketplaceAccess.LISTING.check(access);
    return listing(id, Optional.empty());
  }

  @Override
  public Listing listing(ListingId id, Currency currency) {
    MarketplaceAccess.LISTING.check(access);
    Objects.requireNonNull(currency, "currency").requireDiscogsCurrency();
    return listing(id, Optional.of(currency));
  }

  private Listing listing(ListingId id, Optional<Currency> currency) {
    String listingId = segment(id, "listingId");
    Map<String, String> parameters =
        QueryParameters.create().addIfPresent("curr_abbr", currency.map(Currency::code)).toMap();
    return Exchange.get(listingPath(listingId))
        .fetch(() -> resource.listing(listingId, parameters), LISTINGS::toListing);
  }

  @Override
  public ListingId createListing(ListingDraft draft) {
    MarketplaceAccess.CREATE_LISTING.check(access);
    ListingBodyDto body = body(Objects.requireNonNull(draft, "draft"));
    return Exchange.post("/marketplace/listings")
        .fetch(() -> resource.createListing(body), created -> ListingId.of(created.listingId()));
  }

  @Override
  public void editListing(ListingId id, ListingDraft draft) {
    MarketplaceAccess.EDIT_LISTING.check(access);
    String listingId = segment(id, "listingId");
    ListingBodyDto body = body(Objects.requireNonNull(draft, "draft"));
    Exchange.post(listingPath(listingId)).run(() -> resource.editListing(listingId, body));
  }

  @Override
  public void deleteListing(ListingId id) {
    MarketplaceAccess.DELETE_LISTING.check(access);
    String listingId = segment(id, "listingId");
    Exchange.delete(listingPath(listingId)).run(() -> resource.deleteListing(listingId));
  }

  @Override
  public Page<Order> orders(OrderQuery query, PageRequest page) {
    MarketplaceAccess.ORDERS.check(access);
    Map<String, String> parameters =
        QueryParameters.create()
            .addIfPresent("status", query.status().map(OrderStatus::value))
            .addIfPresent("created_after", query.createdAfter().map(FeignMarketplaceApi::instant))
            .addIfPresent("created_before", query.createdBefore().map(FeignMarketplaceApi::instant))
            .addIfPresent("archived", query.archived().map(Object::toString))
            .sort(query.sort())
            .page(page)
            .toMap();
    return Exchange.get("/marketplace/orders")
        .fetch(() -> resource.orders(parameters), ORDERS::toOrdersPage);
  }

  @Override
  public Order order(OrderId id) {
    MarketplaceAccess.ORDER.check(access);
    String orderId = segment(id, "orderId");
    return Exchange.get(orderPath(orderId)).fetch(() -> resource.order(orderId), ORDERS::toOrder);
  }

  @Override
  public Order editOrder(OrderId id, OrderUpdate update) {
    MarketplaceAccess.EDIT_ORDER.check(access);
    String orderId = segment(id, "orderId");
    Objects.requireNonNull(update, "update");
    OrderUpdateDto body =
        new OrderUpdateDto(
            update.status().map(OrderStatus::value).orElse(null), update.shipping().orElse(null));
    return Exchange.post(orderPath(orderId))
        .fetch(() -> resource.editOrder(orderId, body), ORDERS::toOrder);
  }

  @Override
  public Page<OrderMessage> orderMessages(OrderId id, PageRequest page) {
    MarketplaceAccess.ORDER_MESSAGES.check(access);
    String orderId = segment(id, "orderId");
    Map<String, String> parameters = QueryParameters.create().page(page).toMap();
    return Exchange.get(orderPath(orderId) + "/messages")
        .fetch(() -> resource.orderMessages(orderId, parameters), ORDERS::toMessagesPage);
  }

  @Override
  public OrderMessage addOrderMessage(OrderId id, NewOrderMessage message) {
    MarketplaceAccess.ADD_ORDER_MESSAGE.check(access);
    String orderId = segment(id, "orderId");
    Objects.requireNonNull(message, "message");
    NewOrderMessageDto body =
        new NewOrderMessageDto(
            message.message().orElse(null), message.status().map(OrderStatus::value).orElse(null));
    return Exchange.post(orderPath(orderId) + "/messages")
        .fetch(() -> resource.addOrderMessage(orderId, body), ORDERS::toMessage);
  }

  @Override
  public Money fee(BigDecimal price) {
    MarketplaceAccess.FEE.check(access);
    String amount = feePrice(price);
    return Exchange.get("/marketplace/fee/" + amount)
        .fetch(() -> resource.fee(amount), FeignMarketplaceApi::requireMoney);
  }

  @Override
  public Money fee(BigDecimal price, Currency currency) {
    MarketplaceAccess.FEE.check(access);
    String amount = feePrice(price);
    Objects.requireNonNull(currency, "currency");
    String code = segment(currency.requireDiscogsCurrency(), "currency");
    return Exchange.get("/marketplace/fee/" + amount + "/" + code)
        .fetch(() -> resource.fee(amount, code), FeignMarketplaceApi::requireMoney);
  }

  @Override
  public PriceSuggestions priceSuggestions(ReleaseId release) {
    MarketplaceAccess.PRICE_SUGGESTIONS.check(access);
    String releaseId = segment(release, "releaseId");
    return Exchange.get("/marketplace/price_suggestions/" + releaseId)
        .fetch(() -> resource.priceSuggestions(releaseId), LISTINGS::toSuggestions);
  }

  @Override
  public MarketplaceStats marketplaceStats(ReleaseId release) {
    MarketplaceAccess.MARKETPLACE_STATS.check(access);
    return marketplaceStats(release, Optional.empty());
  }

  @Override
  public MarketplaceStats marketplaceStats(ReleaseId release, Currency currency) {
    MarketplaceAccess.MARKETPLACE_STATS.check(access);
    Objects.requireNonNull(currency, "currency").requireDiscogsCurrency();
    return marketplaceStats(release, Optional.of(currency));
  }

  private MarketplaceStats marketplaceStats(ReleaseId release, Optional<Currency> currency) {
    String releaseId = segment(release, "releaseId");
    Map<String, String> parameters =
        QueryParameters.create().addIfPresent("curr_abbr", currency.map(Currency::code)).toMap();
    return Exchange.get("/marketplace/stats/" + releaseId)
        .fetch(() -> resource.stats(releaseId, parameters), LISTINGS::toStats);
  }

  /** Writes the draft's values under their wire names; empty parts are left out of the JSON. */
  static ListingBodyDto body(ListingDraft draft) {
    return new ListingBodyDto(
        draft.releaseId().value(),
        draft.condition().value(),
        draft.sleeveCondition().map(SleeveCondition::value).orElse(null),
        draft.price(),
        draft.comments().orElse(null),
        draft.allowOffers().orElse(null),
        draft.status().map(Object::toString).orElse(null),
        draft.externalId().orElse(null),
        draft.location().orElse(null),
        draft.weight().map(FeignMarketplaceApi::amount).orElse(null),
        draft.formatQuantity().map(FeignMarketplaceApi::amount).orElse(null));
  }

  // Discogs takes a number, or the text "auto" to work the number out itself.
  private static Object amount(ListingDraft.Amount amount) {
    return amount.isAuto() ? "auto" : (Object) amount.value().getAsInt();
  }

  // The price travels in the path as a plain decimal with cents, such as 10.00; never an exponent.
  private static String feePrice(BigDecimal price) {
    Objects.requireNonNull(price, "price");
    if (price.signum() < 0) {
      throw new IllegalArgumentException(
          "price must not be negative, but was " + price.toPlainString());
    }
    BigDecimal cents = price.scale() < 2 ? price.setScale(2, RoundingMode.UNNECESSARY) : price;
    return segment(cents.toPlainString(), "price");
  }

  private static Money requireMoney(PriceDto fee) {
    return MarketWireFormats.money(fee)
        .orElseThrow(() -> new IllegalArgumentException("the fee has no amount or currency"));
  }

  private static String instant(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static String listingPath(String listingId) {
    return "/marketplace/listings/" + listingId;
  }

  private static String orderPath(String orderId) {
    return "/marketplace/orders/" + orderId;
  }

  private static String segment(Object value, String name) {
    return PathSegment.encode(Objects.requireNonNull(value, name), name);
  }
}
