package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One change a seller makes to an order: a new status, or a shipping cost. Discogs refuses both in
 * one request, so this holds exactly one of them; checked before anything is sent.
 *
 * <p>Setting the shipping invoices the buyer and moves the order to Invoice Sent.
 *
 * @param status the status to move to, one of the order's next statuses
 * @param shipping the shipping cost in the seller's currency, exact
 */
public record OrderUpdate(Optional<OrderStatus> status, Optional<BigDecimal> shipping) {

  /** Creates the update, refusing both parts at once, neither, or values Discogs refuses. */
  public OrderUpdate {
    status = Values.optional(status);
    shipping = Values.optional(shipping);
    if (status.isPresent() == shipping.isPresent()) {
      throw new IllegalArgumentException(
          "an order update changes either status or shipping, never both in one request nor"
              + " neither");
    }
    status.ifPresent(value -> value.requireSettable("status"));
    shipping.ifPresent(OrderUpdate::requireShipping);
    shipping = shipping.map(value -> value.scale() < 0 ? value.setScale(0) : value);
  }

  /** Returns the update moving the order to a status. */
  public static OrderUpdate status(OrderStatus next) {
    return new OrderUpdate(Optional.of(Objects.requireNonNull(next, "status")), Optional.empty());
  }

  /** Returns the update setting the shipping cost, which invoices the buyer. */
  public static OrderUpdate shipping(BigDecimal amount) {
    return new OrderUpdate(
        Optional.empty(), Optional.of(Objects.requireNonNull(amount, "shipping")));
  }

  private static void requireShipping(BigDecimal amount) {
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(
          "shipping must not be negative, but was " + amount.toPlainString());
    }
  }
}
