package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Money;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A listing's price in the seller's own currency ({@code original_price} on the wire), as set by
 * the seller, with Discogs' display text and, when the buyer pays in another currency, the
 * converted price.
 *
 * @param amount the exact amount in the seller's currency ({@code value} and {@code curr_abbr})
 * @param currencyId Discogs' numeric id of the currency ({@code curr_id}), such as 3 for euros
 * @param formatted the price as Discogs displays it, such as {@code "€21.00"}
 * @param converted the same price in the buyer's currency, when Discogs converted it
 */
public record OriginalPrice(
    Money amount, OptionalInt currencyId, String formatted, Optional<OriginalPrice> converted) {

  /** Creates the price, reading absent parts as empty. */
  public OriginalPrice {
    Objects.requireNonNull(amount, "amount");
    currencyId = Values.optional(currencyId);
    formatted = Values.text(formatted);
    converted = Values.optional(converted);
  }

  /** Returns a price holding only its amount. */
  public static OriginalPrice of(Money amount) {
    return new OriginalPrice(amount, OptionalInt.empty(), "", Optional.empty());
  }
}
