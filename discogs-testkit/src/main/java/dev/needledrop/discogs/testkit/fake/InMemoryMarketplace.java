package dev.needledrop.discogs.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.InventoryQuery;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.OrderQuery;
import dev.needledrop.discogs.api.access.MarketplaceAccess;
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
import dev.needledrop.discogs.testkit.MarketplaceSeeder;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.market.MarketReader;
import dev.needledrop.discogs.testkit.internal.market.MarketWriter;
import dev.needledrop.discogs.testkit.internal.market.Params;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An in-memory {@link MarketplaceApi} that behaves like the Discogs stub, because it runs the
 * stub's own market: the same checks, errors, filters, sorts and paging, over the same JSON, read
 * into records as a client of the stub reads them.
 *
 * <p>Call it as a user (a personal token), an application or anonymously: sellers see their own
 * drafts and private fields, others only listings for sale; orders and messages are their seller's
 * alone. Releases to list come from an {@link InMemoryDatabase} (its own unless one is given).
 * Sellers price new and edited listings in their own currency ({@link Builder#sellerCurrencies}, US
 * dollars by default; the profile's currency in an {@link InMemoryDiscogs}), with no more decimals
 * than it has. Prices asked for in another currency are converted with the testkit's {@code
 * ExchangeRates}, as the stub converts them. The views of one fake ({@link #asUser}, {@link
 * #asAnonymous}, {@link #asApplication}, {@link #inventory()}) share its state. Thread-safe.
 */
public final class InMemoryMarketplace implements MarketplaceApi, MarketplaceSeeder {

  private final FakeMarket shared;
  private final Caller caller;

  private InMemoryMarketplace(FakeMarket shared, Caller caller) {
    this.shared = shared;
    this.caller = caller;
  }

  /** Returns an empty fake called by {@value StubDiscogsServer#DEFAULT_USERNAME}. */
  public static InMemoryMarketplace create() {
    return builder().build();
  }

  /** Returns an empty fake listing the releases held by the database fake. */
  public static InMemoryMarketplace over(InMemoryDatabase database) {
    return builder().releases(database).build();
  }

  /** Returns a builder for a fake with non-default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a view of the same marketplace called by the user. */
  public InMemoryMarketplace asUser(String username) {
    shared.addUser(Objects.requireNonNull(username, "username"));
    return new InMemoryMarketplace(shared, Caller.user(username));
  }

  /** Returns a view of the same marketplace called without credentials. */
  public InMemoryMarketplace asAnonymous() {
    return new InMemoryMarketplace(shared, Caller.anonymous());
  }

  /** Returns a view of the same marketplace called by an application, acting for no user. */
  public InMemoryMarketplace asApplication() {
    return new InMemoryMarketplace(shared, Caller.application("fake-consumer-key"));
  }

  /**
   * Returns the inventory exports and uploads of the same marketplace, called by the same caller.
   */
  public InMemoryInventory inventory() {
    return new InMemoryInventory(shared, caller);
  }

  /** Returns how many marketplace and inventory calls this fake and its views have answered. */
  public int callCount() {
    return shared.callCount();
  }

  @Override
  public void putListing(Listing listing) {
    shared.market().putListing(MarketWriter.listing(listing));
  }

  @Override
  public void putOrder(Order order) {
    shared.market().putOrder(MarketWriter.order(order));
  }

  @Override
  public void putOrderMessage(OrderId order, OrderMessage message) {
    shared.market().putOrderMessage(order.value(), MarketWriter.message(message));
  }

  @Override
  public Page<Listing> inventory(Username seller, InventoryQuery query, PageRequest page) {
    MarketplaceAccess.INVENTORY.check(caller.accessLevel());
    Map<String, String> params = new HashMap<>();
    query.status().ifPresent(status -> params.put("status", status.value()));
    query
        .sort()
        .ifPresent(
            sort -> {
              params.put("sort", sort.key().wireName());
              params.put("sort_order", sort.order().wireName());
            });
    String path = "/users/" + QueryString.encode(seller.value()) + "/inventory";
    return shared.call(
        "GET",
        path,
        () ->
            FakeMarket.page(
                shared.market().inventory(caller, seller.value(), Params.of(params)),
                page,
                caller,
                MarketReader::listing));
  }

  @Override
  public Listing listing(ListingId id) {
    MarketplaceAccess.LISTING.check(caller.accessLevel());
    return listing(id, Map.of());
  }

  @Override
  public Listing listing(ListingId id, Currency currency) {
    MarketplaceAccess.LISTING.check(caller.accessLevel());
    Objects.requireNonNull(currency, "currency").requireDiscogsCurrency();
    return listing(id, Map.of("curr_abbr", currency.code()));
  }

  private Listing listing(ListingId id, Map<String, String> params) {
    Objects.requireNonNull(id, "listingId");
    return shared.call(
        "GET",
        "/marketplace/listings/" + id,
        () ->
            read(
                shared.market().listing(caller, id.value(), Params.of(params)),
                MarketReader::listing));
  }

  @Override
  public ListingId createListing(ListingDraft draft) {
    MarketplaceAccess.CREATE_LISTING.check(caller.accessLevel());
    Params params = Params.of(fields(Objects.requireNonNull(draft, "draft")));
    return shared.call(
        "POST",
        "/marketplace/listings",
        () -> ListingId.of(shared.market().createListing(caller, params)));
  }

  @Override
  public void editListing(ListingId id, ListingDraft draft) {
    MarketplaceAccess.EDIT_LISTING.check(caller.accessLevel());
    Objects.requireNonNull(id, "listingId");
    Params params = Params.of(fields(Objects.requireNonNull(draft, "draft")));
    shared.run(
        "POST",
        "/marketplace/listings/" + id,
        () -> shared.market().editListing(caller, id.value(), params));
  }

  @Override
  public void deleteListing(ListingId id) {
    MarketplaceAccess.DELETE_LISTING.check(caller.accessLevel());
    Objects.requireNonNull(id, "listingId");
    shared.run(
        "DELETE",
        "/marketplace/listings/" + id,
        () -> shared.market().deleteListing(caller, id.value()));
  }

  @Override
  public Page<Order> orders(OrderQuery query, PageRequest page) {
    MarketplaceAccess.ORDERS.check(caller.accessLevel());
    Map<String, String> params = new HashMap<>();
    query.status().ifPresent(status -> params.put("status", status.value()));
    query.createdAfter().ifPresent(after -> params.put("created_after", instant(after)));
    query.createdBefore().ifPresent(before -> params.put("created_before", instant(before)));
    query.archived().ifPresent(archived -> params.put("archived", archived.toString()));
    query
        .sort()
        .ifPresent(
            sort -> {
              params.put("sort", sort.key().wireName());
              params.put("sort_order", sort.order().wireName());
            });
    return shared.call(
        "GET",
        "/marketplace/orders",
        () ->
            FakeMarket.page(
                shared.market().orders(caller, Params.of(params)),
                page,
                caller,
                MarketReader::order));
  }

  @Override
  public Order order(OrderId id) {
    MarketplaceAccess.ORDER.check(caller.accessLevel());
    String path = orderPath(id);
    return shared.call(
        "GET", path, () -> read(shared.market().order(caller, id.value()), MarketReader::order));
  }

  @Override
  public Order editOrder(OrderId id, OrderUpdate update) {
    MarketplaceAccess.EDIT_ORDER.check(caller.accessLevel());
    String path = orderPath(id);
    Objects.requireNonNull(update, "update");
    Map<String, String> params = new HashMap<>();
    update.status().ifPresent(status -> params.put("status", status.value()));
    update.shipping().ifPresent(shipping -> params.put("shipping", shipping.toPlainString()));
    return shared.call(
        "POST",
        path,
        () ->
            read(
                shared.market().editOrder(caller, id.value(), Params.of(params)),
                MarketReader::order));
  }

  @Override
  public Page<OrderMessage> orderMessages(OrderId id, PageRequest page) {
    MarketplaceAccess.ORDER_MESSAGES.check(caller.accessLevel());
    String path = orderPath(id) + "/messages";
    return shared.call(
        "GET",
        path,
        () ->
            FakeMarket.page(
                shared.market().orderMessages(caller, id.value()),
                page,
                caller,
                MarketReader::message));
  }

  @Override
  public OrderMessage addOrderMessage(OrderId id, NewOrderMessage message) {
    MarketplaceAccess.ADD_ORDER_MESSAGE.check(caller.accessLevel());
    String path = orderPath(id) + "/messages";
    Objects.requireNonNull(message, "message");
    Map<String, String> params = new HashMap<>();
    message.message().ifPresent(text -> params.put("message", text));
    message.status().map(OrderStatus::value).ifPresent(status -> params.put("status", status));
    return shared.call(
        "POST",
        path,
        () ->
            read(
                shared.market().addOrderMessage(caller, id.value(), Params.of(params)),
                MarketReader::message));
  }

  @Override
  public Money fee(BigDecimal price) {
    MarketplaceAccess.FEE.check(caller.accessLevel());
    String amount = feePrice(price);
    return fee("/marketplace/fee/" + amount, amount, Optional.empty());
  }

  @Override
  public Money fee(BigDecimal price, Currency currency) {
    MarketplaceAccess.FEE.check(caller.accessLevel());
    String amount = feePrice(price);
    String code = Objects.requireNonNull(currency, "currency").requireDiscogsCurrency().code();
    return fee("/marketplace/fee/" + amount + "/" + code, amount, Optional.of(code));
  }

  private Money fee(String path, String amount, Optional<String> currency) {
    return shared.call(
        "GET", path, () -> MarketReader.money(shared.market().fee(amount, currency)).orElseThrow());
  }

  @Override
  public PriceSuggestions priceSuggestions(ReleaseId release) {
    MarketplaceAccess.PRICE_SUGGESTIONS.check(caller.accessLevel());
    Objects.requireNonNull(release, "releaseId");
    return shared.call(
        "GET",
        "/marketplace/price_suggestions/" + release,
        () -> MarketReader.suggestions(shared.market().priceSuggestions(caller, release.value())));
  }

  @Override
  public MarketplaceStats marketplaceStats(ReleaseId release) {
    MarketplaceAccess.MARKETPLACE_STATS.check(caller.accessLevel());
    return marketplaceStats(release, Optional.empty());
  }

  @Override
  public MarketplaceStats marketplaceStats(ReleaseId release, Currency currency) {
    MarketplaceAccess.MARKETPLACE_STATS.check(caller.accessLevel());
    Objects.requireNonNull(currency, "currency").requireDiscogsCurrency();
    return marketplaceStats(release, Optional.of(currency.code()));
  }

  private MarketplaceStats marketplaceStats(ReleaseId release, Optional<String> currency) {
    Objects.requireNonNull(release, "releaseId");
    return shared.call(
        "GET",
        "/marketplace/stats/" + release,
        () -> MarketReader.stats(shared.market().stats(release.value(), currency)));
  }

  private <T> T read(ObjectNode json, Function<ObjectNode, T> reader) {
    return reader.apply(FakeMarket.rendered(json, caller));
  }

  // The wire names and texts the HTTP adapter sends for a draft; empty parts are left out.
  private static Map<String, String> fields(ListingDraft draft) {
    Map<String, String> fields = new HashMap<>();
    fields.put("release_id", Long.toString(draft.releaseId().value()));
    fields.put("condition", draft.condition().value());
    fields.put("price", draft.price().toPlainString());
    draft
        .sleeveCondition()
        .map(SleeveCondition::value)
        .ifPresent(v -> fields.put("sleeve_condition", v));
    draft.comments().ifPresent(v -> fields.put("comments", v));
    draft.allowOffers().ifPresent(v -> fields.put("allow_offers", v.toString()));
    draft.status().ifPresent(v -> fields.put("status", v.value()));
    draft.externalId().ifPresent(v -> fields.put("external_id", v));
    draft.location().ifPresent(v -> fields.put("location", v));
    draft.weight().ifPresent(v -> fields.put("weight", v.toString()));
    draft.formatQuantity().ifPresent(v -> fields.put("format_quantity", v.toString()));
    return fields;
  }

  // As the HTTP adapter writes it into the path: cents at least, never an exponent.
  private static String feePrice(BigDecimal price) {
    Objects.requireNonNull(price, "price");
    if (price.signum() < 0) {
      throw new IllegalArgumentException(
          "price must not be negative, but was " + price.toPlainString());
    }
    BigDecimal cents = price.scale() < 2 ? price.setScale(2, RoundingMode.UNNECESSARY) : price;
    return cents.toPlainString();
  }

  private static String instant(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }

  private static String orderPath(OrderId id) {
    return "/marketplace/orders/"
        + QueryString.encode(Objects.requireNonNull(id, "orderId").value());
  }

  /** Builds an {@link InMemoryMarketplace}. */
  public static final class Builder {

    private Clock clock = Clock.systemUTC();
    private InMemoryDatabase database;
    private int exportReadsUntilDone = 1;
    private Function<String, Currency> currencies = seller -> Currency.USD;

    private Builder() {}

    /** Sets the clock listings, orders and jobs are stamped with; the system clock by default. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Lists the releases held by this database fake; an empty one of its own by default. */
    public Builder releases(InMemoryDatabase value) {
      this.database = Objects.requireNonNull(value, "database");
      return this;
    }

    /**
     * Sets the currency each seller prices listings in, as a profile's currency setting does; US
     * dollars for everyone by default, the currency of a new account.
     */
    public Builder sellerCurrencies(Function<Username, Currency> value) {
      Objects.requireNonNull(value, "sellerCurrencies");
      this.currencies = seller -> Objects.requireNonNull(value.apply(Username.of(seller)));
      return this;
    }

    /** Sets how many status reads a requested export stays in progress for; 1 by default. */
    public Builder exportReadsUntilDone(int reads) {
      if (reads < 1) {
        throw new IllegalArgumentException("reads must be at least 1, but was " + reads);
      }
      this.exportReadsUntilDone = reads;
      return this;
    }

    /** Builds an empty fake called by {@value StubDiscogsServer#DEFAULT_USERNAME}. */
    public InMemoryMarketplace build() {
      InMemoryDatabase releases = database == null ? InMemoryDatabase.create() : database;
      FakeMarket shared = new FakeMarket(clock, releases, currencies, exportReadsUntilDone);
      return new InMemoryMarketplace(shared, Caller.user(StubDiscogsServer.DEFAULT_USERNAME));
    }
  }
}
