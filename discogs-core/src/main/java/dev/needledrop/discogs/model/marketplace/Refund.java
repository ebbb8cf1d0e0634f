package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A refund recorded on an order message.
 *
 * @param amount the refunded amount, in the order's currency
 * @param order the order refunded, when Discogs named it
 */
public record Refund(BigDecimal amount, Optional<OrderId> order) {

  /** Creates the refund. */
  public Refund {
    Objects.requireNonNull(amount, "amount");
    order = Values.optional(order);
  }
}
