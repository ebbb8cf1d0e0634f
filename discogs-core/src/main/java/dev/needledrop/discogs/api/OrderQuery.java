package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.marketplace.OrderStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters and sort for the caller's orders; every part optional.
 *
 * @param status only orders with this status; {@link OrderStatus#ALL} keeps every one, and the
 *     list-only values such as {@link OrderStatus#CANCELLED} are accepted here
 * @param createdAfter only orders created after this instant
 * @param createdBefore only orders created before this instant
 * @param archived only archived orders (true) or only others (false); both when empty
 */
public record OrderQuery(
    Optional<OrderStatus> status,
    Optional<Instant> createdAfter,
    Optional<Instant> createdBefore,
    Optional<Boolean> archived,
    Optional<Sort<OrderSort>> sort) {

  private static final OrderQuery ALL =
      new OrderQuery(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Creates a query, refusing null parts and a window that ends before it starts. */
  public OrderQuery {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAfter, "createdAfter");
    Objects.requireNonNull(createdBefore, "createdBefore");
    Objects.requireNonNull(archived, "archived");
    Objects.requireNonNull(sort, "sort");
    if (createdAfter.isPresent()
        && createdBefore.isPresent()
        && createdBefore.get().isBefore(createdAfter.get())) {
      throw new IllegalArgumentException("createdBefore must not be before createdAfter");
    }
  }

  /** Returns the query for all the caller's orders, in the server's order. */
  public static OrderQuery all() {
    return ALL;
  }

  /** Returns this query, keeping only orders with the status. */
  public OrderQuery withStatus(OrderStatus value) {
    return new OrderQuery(
        Optional.of(Objects.requireNonNull(value, "status")),
        createdAfter,
        createdBefore,
        archived,
        sort);
  }

  /** Returns this query, keeping only orders created after the instant. */
  public OrderQuery createdAfter(Instant value) {
    return new OrderQuery(
        status,
        Optional.of(Objects.requireNonNull(value, "createdAfter")),
        createdBefore,
        archived,
        sort);
  }

  /** Returns this query, keeping only orders created before the instant. */
  public OrderQuery createdBefore(Instant value) {
    return new OrderQuery(
        status,
        createdAfter,
        Optional.of(Objects.requireNonNull(value, "createdBefore")),
        archived,
        sort);
  }

  /** Returns this query, keeping only archived orders (true) or only the others (false). */
  public OrderQuery archived(boolean value) {
    return new OrderQuery(status, createdAfter, createdBefore, Optional.of(value), sort);
  }

  /** Returns this query, sorted as given. */
  public OrderQuery sortedBy(Sort<OrderSort> value) {
    return new OrderQuery(
        status, createdAfter, createdBefore, archived, Optional.of(Objects.requireNonNull(value)));
  }
}
