package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Choices;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The status of a marketplace order, such as {@link #NEW_ORDER} or {@link #SHIPPED}.
 *
 * <p>Eleven statuses can be set, each only when the order lists it among its next statuses. Five
 * more ({@link #ALL}, {@link #MERGED}, {@link #ORDER_CHANGED}, {@link #CANCELLED}, {@link
 * #CANCELLED_REFUND_RECEIVED}) appear in orders or filter the order list but cannot be set. Note
 * the straight apostrophe in {@code Cancelled (Per Buyer's Request)}. A status Discogs starts
 * sending later is kept as given ({@link #isKnown()} false).
 */
public record OrderStatus(String value) {

  public static final OrderStatus NEW_ORDER = new OrderStatus("New Order");
  public static final OrderStatus BUYER_CONTACTED = new OrderStatus("Buyer Contacted");
  public static final OrderStatus INVOICE_SENT = new OrderStatus("Invoice Sent");
  public static final OrderStatus PAYMENT_PENDING = new OrderStatus("Payment Pending");
  public static final OrderStatus PAYMENT_RECEIVED = new OrderStatus("Payment Received");
  public static final OrderStatus IN_PROGRESS = new OrderStatus("In Progress");
  public static final OrderStatus SHIPPED = new OrderStatus("Shipped");
  public static final OrderStatus REFUND_SENT = new OrderStatus("Refund Sent");
  public static final OrderStatus CANCELLED_NON_PAYING_BUYER =
      new OrderStatus("Cancelled (Non-Paying Buyer)");
  public static final OrderStatus CANCELLED_ITEM_UNAVAILABLE =
      new OrderStatus("Cancelled (Item Unavailable)");
  public static final OrderStatus CANCELLED_PER_BUYERS_REQUEST =
      new OrderStatus("Cancelled (Per Buyer's Request)");

  /** The order-list filter keeping orders of every status. */
  public static final OrderStatus ALL = new OrderStatus("All");

  public static final OrderStatus MERGED = new OrderStatus("Merged");
  public static final OrderStatus ORDER_CHANGED = new OrderStatus("Order Changed");
  public static final OrderStatus CANCELLED = new OrderStatus("Cancelled");
  public static final OrderStatus CANCELLED_REFUND_RECEIVED =
      new OrderStatus("Cancelled (Refund Received)");

  private static final List<OrderStatus> SETTABLE =
      List.of(
          NEW_ORDER,
          BUYER_CONTACTED,
          INVOICE_SENT,
          PAYMENT_PENDING,
          PAYMENT_RECEIVED,
          IN_PROGRESS,
          SHIPPED,
          REFUND_SENT,
          CANCELLED_NON_PAYING_BUYER,
          CANCELLED_ITEM_UNAVAILABLE,
          CANCELLED_PER_BUYERS_REQUEST);

  private static final List<OrderStatus> FILTER_ONLY =
      List.of(ALL, MERGED, ORDER_CHANGED, CANCELLED, CANCELLED_REFUND_RECEIVED);

  /** Creates a status from its exact wire text, kept as given. */
  public OrderStatus {
    Objects.requireNonNull(value, "order status");
  }

  /** Returns the status of the given wire text, such as {@code "Payment Received"}. */
  public static OrderStatus of(String value) {
    return new OrderStatus(value);
  }

  /** Returns the eleven statuses a seller can move an order to. */
  public static List<OrderStatus> settable() {
    return SETTABLE;
  }

  /** Returns every status Discogs documents: the settable ones, then the list-filter ones. */
  public static List<OrderStatus> values() {
    return Stream.concat(SETTABLE.stream(), FILTER_ONLY.stream()).toList();
  }

  /** Tells whether this is one of the sixteen values Discogs documents. */
  public boolean isKnown() {
    return SETTABLE.contains(this) || FILTER_ONLY.contains(this);
  }

  /** Tells whether a seller can move an order to this status (when the order allows it). */
  public boolean isSettable() {
    return SETTABLE.contains(this);
  }

  /** Tells whether this status cancels the order. */
  public boolean isCancellation() {
    return value.startsWith("Cancelled");
  }

  /**
   * Returns this status for an order edit or message, refusing one that can never be set.
   *
   * @throws IllegalArgumentException listing the statuses that can be set
   */
  public OrderStatus requireSettable(String parameter) {
    return Choices.require(this, SETTABLE, parameter);
  }

  @Override
  public String toString() {
    return value;
  }
}
