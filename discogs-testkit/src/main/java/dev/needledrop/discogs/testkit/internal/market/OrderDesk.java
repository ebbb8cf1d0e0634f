package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.internal.Choices;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The caller's orders and their messages (E24–E28): only an order's seller reads or changes it.
 *
 * <p>A new status must be one of the order's {@code next_status}; status and shipping never change
 * in one request; setting the shipping invoices the buyer (status Invoice Sent) and is refused once
 * the order is paid, shipped or cancelled. Each change is recorded as a message, newest first. The
 * statuses that follow each status, and the {@code status_id} numbers, are this stub's model:
 * Discogs documents neither fully. An order that left New Order never goes back to it.
 */
final class OrderDesk {

  private static final List<String> SETTABLE =
      OrderStatus.settable().stream().map(OrderStatus::value).toList();
  private static final List<String> FILTERS =
      OrderStatus.values().stream().map(OrderStatus::value).toList();
  private static final List<String> EARLY =
      List.of(
          "New Order",
          "Buyer Contacted",
          "Invoice Sent",
          "Payment Pending",
          "Payment Received",
          "Shipped",
          "Refund Sent",
          "Cancelled (Non-Paying Buyer)",
          "Cancelled (Item Unavailable)",
          "Cancelled (Per Buyer's Request)");
  private static final String NEW_ORDER = OrderStatus.NEW_ORDER.value();
  private static final List<String> STARTED =
      EARLY.stream().filter(status -> !status.equals(NEW_ORDER)).toList();
  private static final List<String> PAID =
      List.of(
          "In Progress",
          "Shipped",
          "Refund Sent",
          "Cancelled (Item Unavailable)",
          "Cancelled (Per Buyer's Request)");
  private static final Map<String, Integer> STATUS_IDS =
      Map.ofEntries(
          Map.entry("New Order", 1),
          Map.entry("Buyer Contacted", 2),
          Map.entry("Invoice Sent", 3),
          Map.entry("Payment Pending", 4),
          Map.entry("Payment Received", 5),
          Map.entry("Shipped", 6),
          Map.entry("Refund Sent", 7),
          Map.entry("Cancelled (Non-Paying Buyer)", 8),
          Map.entry("Cancelled (Item Unavailable)", 9),
          Map.entry("Cancelled (Per Buyer's Request)", 10),
          Map.entry("In Progress", 11));
  private static final List<String> NO_MORE_SHIPPING_CHANGES =
      List.of("Payment Received", "In Progress", "Shipped", "Refund Sent");

  private final MarketState state;

  OrderDesk(MarketState state) {
    this.state = state;
  }

  List<ObjectNode> orders(Caller caller, Params params) {
    String seller = MarketState.requireUser(caller);
    Predicate<ObjectNode> filter = filter(params);
    List<ObjectNode> selected =
        state.orders.values().stream()
            .filter(order -> sellerOf(order).equals(seller))
            .filter(filter)
            .toList();
    return sorted(selected, params).stream().map(ObjectNode::deepCopy).toList();
  }

  ObjectNode order(Caller caller, String id) {
    return owned(caller, id).deepCopy();
  }

  ObjectNode edit(Caller caller, String id, Params params) {
    ObjectNode order = owned(caller, id);
    Optional<String> status = params.get("status");
    Optional<String> shipping = params.get("shipping");
    if (status.isPresent() && shipping.isPresent()) {
      throw ApiError.unprocessable("Status and shipping cannot be changed in the same request.");
    }
    if (status.isPresent()) {
      changeStatus(order, requireNext(order, status.get()), caller);
    } else if (shipping.isPresent()) {
      changeShipping(order, Prices.decimal(shipping.get(), "shipping"), caller);
    } else {
      throw ApiError.unprocessable("Nothing to change: send a status or a shipping amount.");
    }
    return order.deepCopy();
  }

  List<ObjectNode> messages(Caller caller, String id) {
    owned(caller, id);
    return state.messagesOf(id).stream().map(ObjectNode::deepCopy).toList();
  }

  ObjectNode addMessage(Caller caller, String id, Params params) {
    ObjectNode order = owned(caller, id);
    Optional<String> text = params.get("message");
    Optional<String> status = params.get("status");
    if (text.isEmpty() && status.isEmpty()) {
      throw ApiError.unprocessable("Send a message, a status, or both.");
    }
    String body = text.orElse("");
    if (status.isPresent()) {
      String from = StubJson.text(order, "status");
      String next = requireNext(order, status.get());
      moveTo(order, next);
      String note = "Seller changed status from " + from + " to " + next;
      body = text.map(t -> note + "\n\n" + t).orElse(note);
    }
    ObjectNode message = message(order, "message", body);
    message.set("from", user(MarketState.requireUser(caller)));
    record(order, message);
    return message.deepCopy();
  }

  /** Holds an order as given, replacing one with the same id; its seller becomes known. */
  void put(ObjectNode order) {
    String id = StubJson.text(order, "id");
    if (id.isBlank() || sellerOf(order).isEmpty()) {
      throw new IllegalArgumentException("an order needs an \"id\" and a seller username");
    }
    long sellerId = StubJson.id(order.path("seller"), "id");
    if (sellerId > 0) {
      state.userIds.putIfAbsent(sellerOf(order), sellerId);
    } else {
      state.userId(sellerOf(order));
    }
    state.orders.put(id, order.deepCopy());
  }

  /** Adds a message to a held order's history as given, newest first. */
  void putMessage(String orderId, ObjectNode message) {
    state.messagesOf(orderId).add(message.deepCopy());
  }

  private ObjectNode owned(Caller caller, String id) {
    String user = MarketState.requireUser(caller);
    ObjectNode order = state.orders.get(id);
    if (order == null) {
      throw ApiError.notFound(ApiError.NOT_FOUND);
    }
    if (!sellerOf(order).equals(user)) {
      throw ApiError.of(403, ApiError.NO_PERMISSION);
    }
    return order;
  }

  private static String requireNext(ObjectNode order, String status) {
    List<String> next = StubJson.texts(order, "next_status");
    if (!SETTABLE.contains(status) || !next.contains(status)) {
      throw ApiError.unprocessable(
          "Invalid status: expected one of " + Choices.describe(next) + ".");
    }
    return status;
  }

  private void changeStatus(ObjectNode order, String next, Caller caller) {
    String from = StubJson.text(order, "status");
    moveTo(order, next);
    ObjectNode message =
        message(order, "status", "Seller changed status from " + from + " to " + next);
    message.set("actor", user(MarketState.requireUser(caller)));
    message.put("status_id", STATUS_IDS.getOrDefault(next, 0));
    record(order, message);
  }

  private void changeShipping(ObjectNode order, BigDecimal amount, Caller caller) {
    String status = StubJson.text(order, "status");
    if (status.startsWith("Cancelled") || NO_MORE_SHIPPING_CHANGES.contains(status)) {
      throw ApiError.unprocessable(
          "The shipping of an order that is " + status + " cannot change.");
    }
    ObjectNode shipping = shippingOf(order);
    BigDecimal original = Prices.amount(shipping).orElse(BigDecimal.ZERO);
    shipping.put("value", amount);
    String currency = currencyOf(order);
    order.set("total", Prices.price(itemsTotal(order).add(amount), currency));
    moveTo(order, "Invoice Sent");
    ObjectNode message =
        message(order, "shipping", "Seller set the shipping to " + amount.toPlainString() + ".");
    message.put("original", original);
    message.put("new", amount);
    message.set("actor", user(MarketState.requireUser(caller)));
    record(order, message);
  }

  private void moveTo(ObjectNode order, String next) {
    order.put("status", next);
    ArrayNode statuses = order.putArray("next_status");
    nextStatuses(next).forEach(statuses::add);
    order.put("last_activity", Times.withOffset(state.now()));
  }

  // A new order lists every early status, itself included, as Discogs' recorded order does; once
  // it moved on, it never goes back to New Order.
  private static List<String> nextStatuses(String status) {
    if (status.equals("Payment Received") || status.equals("In Progress")) {
      return PAID;
    }
    if (status.equals("Shipped")) {
      return List.of("Refund Sent");
    }
    if (status.equals("Refund Sent") || status.startsWith("Cancelled")) {
      return List.of();
    }
    return status.equals(NEW_ORDER) ? EARLY : STARTED;
  }

  private ObjectNode message(ObjectNode order, String type, String text) {
    String id = StubJson.text(order, "id");
    ObjectNode message = StubJson.object();
    message.put("type", type);
    message.put("subject", subject(order));
    message.put("message", text);
    message.put("timestamp", Times.withOffset(state.now()));
    ObjectNode ref = message.putObject("order");
    ref.put("id", id);
    ref.put("resource_url", MarketUrls.order(id));
    return message;
  }

  private void record(ObjectNode order, ObjectNode message) {
    state.messagesOf(StubJson.text(order, "id")).add(0, message.deepCopy());
  }

  private static String subject(ObjectNode order) {
    String title = "";
    for (JsonNode item : order.path("items")) {
      String description = StubJson.text(item.path("release"), "description");
      int dash = description.indexOf(" - ");
      int paren = description.lastIndexOf(" (");
      title =
          dash < 0
              ? description
              : description.substring(dash + 3, paren > dash ? paren : description.length());
      break;
    }
    String id = StubJson.text(order, "id");
    return "Discogs Order #" + id + (title.isEmpty() ? "" : ", " + title);
  }

  private static ObjectNode user(String username) {
    ObjectNode user = StubJson.object();
    user.put("username", username);
    user.put("resource_url", MarketUrls.user(username));
    return user;
  }

  private static ObjectNode shippingOf(ObjectNode order) {
    if (order.path("shipping") instanceof ObjectNode shipping) {
      return shipping;
    }
    ObjectNode shipping = order.putObject("shipping");
    shipping.put("currency", currencyOf(order));
    return shipping;
  }

  private static String currencyOf(ObjectNode order) {
    String total = StubJson.text(order.path("total"), "currency");
    return total.isEmpty() ? "USD" : total;
  }

  private static BigDecimal itemsTotal(ObjectNode order) {
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode item : order.path("items")) {
      sum = sum.add(Prices.amount(item.path("price")).orElse(BigDecimal.ZERO));
    }
    return sum;
  }

  private static Predicate<ObjectNode> filter(Params params) {
    String status = params.get("status").orElse("All");
    if (!FILTERS.contains(status)) {
      throw ApiError.unprocessable(
          "Invalid status: expected one of " + Choices.describe(FILTERS) + ".");
    }
    Optional<Instant> after = params.get("created_after").map(t -> instant(t, "created_after"));
    Optional<Instant> before = params.get("created_before").map(t -> instant(t, "created_before"));
    Optional<Boolean> archived = params.get("archived").map(OrderDesk::archived);
    return order ->
        (status.equals("All") || matchesStatus(order, status))
            && after.map(a -> createdOf(order).filter(c -> c.isAfter(a)).isPresent()).orElse(true)
            && before.map(b -> createdOf(order).filter(c -> c.isBefore(b)).isPresent()).orElse(true)
            && archived.map(a -> order.path("archived").asBoolean(false) == a).orElse(true);
  }

  private static boolean matchesStatus(ObjectNode order, String filter) {
    String status = StubJson.text(order, "status");
    return filter.equals("Cancelled") ? status.startsWith("Cancelled") : status.equals(filter);
  }

  private static Optional<Instant> createdOf(ObjectNode order) {
    return Times.parse(StubJson.text(order, "created"));
  }

  private static Instant instant(String text, String parameter) {
    return Times.parse(text)
        .orElseThrow(
            () ->
                ApiError.unprocessable(
                    "Invalid " + parameter + ": expected an ISO 8601 date and time."));
  }

  private static boolean archived(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ApiError.unprocessable("Invalid archived: expected true or false.");
    };
  }

  private static List<ObjectNode> sorted(List<ObjectNode> orders, Params params) {
    Optional<Comparator<ObjectNode>> key = params.get("sort").flatMap(OrderDesk::comparator);
    if (key.isEmpty()) {
      return orders;
    }
    boolean descending = params.get("sort_order").orElse("asc").equalsIgnoreCase("desc");
    List<ObjectNode> sorted = new ArrayList<>(orders);
    sorted.sort(descending ? key.get().reversed() : key.get());
    return sorted;
  }

  // An unknown sort key leaves the server's order, as Discogs does for its listings.
  private static Optional<Comparator<ObjectNode>> comparator(String name) {
    Comparator<ObjectNode> key =
        switch (name) {
          case "id" -> Comparator.comparing(OrderDesk::idNumbers, OrderDesk::compareNumbers);
          case "buyer" ->
              Comparator.comparing(
                  o -> StubJson.text(o.path("buyer"), "username").toLowerCase(Locale.ROOT));
          case "created" -> Comparator.comparing(o -> createdOf(o).orElse(Instant.EPOCH));
          case "status" -> Comparator.comparing(o -> StubJson.text(o, "status"));
          case "last_activity" ->
              Comparator.comparing(
                  o -> Times.parse(StubJson.text(o, "last_activity")).orElse(Instant.EPOCH));
          default -> null;
        };
    return Optional.ofNullable(key);
  }

  private static long[] idNumbers(ObjectNode order) {
    String[] parts = StubJson.text(order, "id").split("-");
    long[] numbers = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = parts[i].matches("\\d{1,18}") ? Long.parseLong(parts[i]) : 0;
    }
    return numbers;
  }

  private static int compareNumbers(long[] a, long[] b) {
    return Arrays.compare(a, b);
  }

  static String sellerOf(JsonNode order) {
    return StubJson.text(order.path("seller"), "username");
  }
}
