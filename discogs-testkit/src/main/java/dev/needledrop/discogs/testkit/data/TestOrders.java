package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderItem;
import dev.needledrop.discogs.model.marketplace.OrderShipping;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@link Order} records for tests, with sensible defaults: a new order of one 42.00 dollar
 * item, no shipping yet, and the next statuses Discogs documents for a new order.
 *
 * <pre>{@code
 * Order order = TestOrders.order("1234567-3", "example_seller").created("2024-02-01T10:00:00Z")
 *     .build();
 * }</pre>
 */
public final class TestOrders {

  /** The next statuses of a new order, as Discogs documents them. */
  public static final List<OrderStatus> NEW_ORDER_NEXT =
      List.of(
          OrderStatus.NEW_ORDER,
          OrderStatus.BUYER_CONTACTED,
          OrderStatus.INVOICE_SENT,
          OrderStatus.PAYMENT_PENDING,
          OrderStatus.PAYMENT_RECEIVED,
          OrderStatus.SHIPPED,
          OrderStatus.REFUND_SENT,
          OrderStatus.CANCELLED_NON_PAYING_BUYER,
          OrderStatus.CANCELLED_ITEM_UNAVAILABLE,
          OrderStatus.CANCELLED_PER_BUYERS_REQUEST);

  private TestOrders() {}

  /** Starts a new order sold by the seller. */
  public static Builder order(String id, String seller) {
    return new Builder(OrderId.of(id), seller);
  }

  /** Builds an order; every setter replaces the value it names. */
  public static final class Builder {

    private final OrderId id;
    private final String seller;
    private OrderStatus status = OrderStatus.NEW_ORDER;
    private List<OrderStatus> next = NEW_ORDER_NEXT;
    private String created = "2024-02-01T10:00:00-08:00";
    private String buyer = "example_buyer";
    private boolean archived;
    private Money itemPrice = Money.of("42.00", Currency.USD);
    private long releaseId = 1;

    private Builder(OrderId id, String seller) {
      this.id = id;
      this.seller = seller;
    }

    /** Sets the status and the statuses that may follow it. */
    public Builder status(OrderStatus value, List<OrderStatus> nextStatuses) {
      this.status = value;
      this.next = List.copyOf(nextStatuses);
      return this;
    }

    /** Sets when the order was created, as Discogs writes it. */
    public Builder created(String value) {
      this.created = value;
      return this;
    }

    /** Sets the buyer's username. */
    public Builder buyer(String value) {
      this.buyer = value;
      return this;
    }

    /** Sets whether the seller archived the order. */
    public Builder archived(boolean value) {
      this.archived = value;
      return this;
    }

    /** Sets the single item's price and release. */
    public Builder item(long release, String amount, Currency currency) {
      this.releaseId = release;
      this.itemPrice = Money.of(amount, currency);
      return this;
    }

    /** Builds the order. */
    public Order build() {
      Money fee =
          new Money(itemPrice.amount().multiply(new BigDecimal("0.06")), itemPrice.currency());
      return new Order(
          id,
          status,
          next,
          Optional.of(fee),
          Optional.of(Timestamp.of(created)),
          Optional.of(Timestamp.of(created)),
          List.of(
              new OrderItem(
                  ListingId.of(41578242),
                  ReleaseId.of(releaseId),
                  "Persuader, The - Stockholm (2x12\")",
                  Optional.of(itemPrice),
                  Optional.of(MediaCondition.VERY_GOOD_PLUS),
                  Optional.of(SleeveCondition.GENERIC))),
          Optional.of(
              new OrderShipping(
                  Optional.of(new Money(BigDecimal.ZERO.setScale(2), itemPrice.currency())),
                  "Standard")),
          "Example Buyer\n1 Example Street\nExample City",
          "Please wrap well.",
          Optional.of(archived),
          Optional.of(UserRef.of(seller)),
          Optional.of(UserRef.of(buyer)),
          Optional.of(itemPrice),
          "https://www.discogs.com/sell/order/" + id);
    }
  }
}
