package dev.needledrop.discogs.testkit.internal.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.testkit.ExchangeRates;
import java.util.Optional;

/**
 * The lowest price of a held release or master: kept in the currency it was seeded in, served in
 * the currency asked for, converted with {@link ExchangeRates}.
 *
 * <p>Recorded responses hold US dollars. A record seeded with a price in another currency keeps
 * that currency in a key of the stub's own, so that asking for it again returns the exact amount
 * seeded; the key is removed before the object is served.
 */
public final class HeldPrices {

  private static final String LOWEST_PRICE = "lowest_price";
  private static final String CURRENCY = "_stub_lowest_price_currency";

  private HeldPrices() {}

  /** Writes the lowest price, {@code null} when nothing is for sale, as Discogs writes it. */
  static void write(ObjectNode node, Optional<Money> lowestPrice) {
    if (lowestPrice.isEmpty()) {
      node.putNull(LOWEST_PRICE);
      return;
    }
    Money price = lowestPrice.get();
    node.put(LOWEST_PRICE, price.amount());
    if (!price.currency().equals(Currency.USD)) {
      node.put(CURRENCY, price.currency().code());
    }
  }

  /**
   * Returns the held object ready to serve with its lowest price in the currency asked for; the
   * given object is changed.
   */
  public static ObjectNode inCurrency(ObjectNode held, Currency asked) {
    JsonNode currency = held.remove(CURRENCY);
    JsonNode amount = held.path(LOWEST_PRICE);
    if (amount.isNumber()) {
      Currency heldIn = currency == null ? Currency.USD : Currency.of(currency.asText());
      Money converted = ExchangeRates.convert(new Money(amount.decimalValue(), heldIn), asked);
      held.put(LOWEST_PRICE, converted.amount());
    }
    return held;
  }
}
