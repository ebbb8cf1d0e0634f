package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.api.OrderQuery;
import dev.needledrop.discogs.api.OrderSort;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.SortOrder;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code discogs orders}: one page of the orders the caller sold, as a table. */
@Command(
    name = "orders",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Lists the orders you sold as a table: id, status, creation, buyer, items and total, then"
          + " which page of how many. Needs a token (see DISCOGS_TOKEN)."
    })
final class OrdersCommand extends DiscogsCommand {

  private static final Table<Order> TABLE =
      new Table<>(
          List.of(
              new Table.Column<>("ID", 16, order -> order.id().value()),
              new Table.Column<>("STATUS", 31, order -> order.status().value()),
              new Table.Column<>(
                  "CREATED", 25, order -> order.created().map(Timestamp::raw).orElse("")),
              new Table.Column<>(
                  "BUYER",
                  20,
                  order -> order.buyer().map(UserRef::username).map(Object::toString).orElse("")),
              new Table.Column<>("ITEMS", 5, order -> Integer.toString(order.items().size())),
              new Table.Column<>("TOTAL", 16, order -> MarketText.money(order.total()))));

  private static final Table.Nouns NOUNS =
      new Table.Nouns("the list of orders", "No orders.", "order", "orders");

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description =
          "Only orders with this status, in any case: New Order, Buyer Contacted, Invoice Sent,"
              + " Payment Pending, Payment Received, In Progress, Shipped, Refund Sent, Cancelled"
              + " (Non-Paying Buyer), Cancelled (Item Unavailable), Cancelled (Per Buyer's"
              + " Request), All, Merged, Order Changed, Cancelled or Cancelled (Refund Received).")
  OrderStatus status;

  @Option(
      names = "--created-after",
      paramLabel = "DATE",
      description = "Only orders created after this day or instant, such as 2024-06-01.")
  Instant createdAfter;

  @Option(
      names = "--created-before",
      paramLabel = "DATE",
      description = "Only orders created before this day or instant.")
  Instant createdBefore;

  @Option(
      names = "--archived",
      paramLabel = "BOOLEAN",
      arity = "1",
      description = "true for archived orders only, false for the others (default: both).")
  Boolean archived;

  @Option(
      names = "--sort",
      paramLabel = "KEY",
      description = "Sort by id, buyer, created, status or last_activity (the last change).")
  OrderSort sort;

  @Option(
      names = "--order",
      paramLabel = "ORDER",
      defaultValue = "asc",
      description = "asc or desc, with --sort (default: ${DEFAULT-VALUE}).")
  SortOrder order;

  @Option(
      names = "--per-page",
      paramLabel = "N",
      defaultValue = "" + PageRequest.DEFAULT_PER_PAGE,
      description = "Orders per page, 1 to 100 (default: ${DEFAULT-VALUE}).")
  int perPage;

  @Option(
      names = "--page",
      paramLabel = "N",
      defaultValue = "1",
      description = "The page to show (default: ${DEFAULT-VALUE}).")
  int page;

  private PageRequest request;
  private OrderQuery query;

  @Override
  void checkArguments() {
    request = usage(() -> Paging.request(page, perPage));
    query = usage(this::buildQuery);
  }

  @Override
  String subject() {
    return "orders";
  }

  @Override
  String fetchJson(RawDiscogs raw) {
    Map<String, String> parameters = new LinkedHashMap<>();
    query.status().ifPresent(value -> parameters.put("status", value.value()));
    query.createdAfter().ifPresent(value -> parameters.put("created_after", iso(value)));
    query.createdBefore().ifPresent(value -> parameters.put("created_before", iso(value)));
    query.archived().ifPresent(value -> parameters.put("archived", value.toString()));
    query
        .sort()
        .ifPresent(
            value -> {
              parameters.put("sort", value.key().wireName());
              parameters.put("sort_order", value.order().wireName());
            });
    parameters.put("page", Integer.toString(request.page()));
    parameters.put("per_page", Integer.toString(request.perPage()));
    return raw.get("/marketplace/orders", parameters);
  }

  @Override
  void summarise(Discogs discogs, PrintWriter out) {
    Page<Order> orders = discogs.marketplace().orders(query, request);
    TABLE.print(orders, NOUNS, out);
  }

  private OrderQuery buildQuery() {
    OrderQuery built = OrderQuery.all();
    if (status != null) {
      built = built.withStatus(status);
    }
    if (createdAfter != null) {
      built = built.createdAfter(createdAfter);
    }
    if (createdBefore != null) {
      built = built.createdBefore(createdBefore);
    }
    if (archived != null) {
      built = built.archived(archived);
    }
    return sort == null ? built : built.sortedBy(new Sort<>(sort, order));
  }

  private static String iso(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
