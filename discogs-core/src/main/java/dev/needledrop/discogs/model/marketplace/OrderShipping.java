package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Money;
import java.util.Optional;

/**
 * What an order's shipping costs and how it goes.
 *
 * @param amount the shipping cost, empty when Discogs sent none
 * @param method the shipping method as free text, empty when not sent
 */
public record OrderShipping(Optional<Money> amount, String method) {

  /** Creates the shipping, reading absent parts as empty. */
  public OrderShipping {
    amount = Values.optional(amount);
    method = Values.text(method);
  }
}
