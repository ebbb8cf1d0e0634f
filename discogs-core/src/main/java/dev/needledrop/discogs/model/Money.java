package dev.needledrop.discogs.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of money in a currency, exact to the decimal the API sent.
 *
 * <p>Discogs sends amounts as JSON numbers; they are read straight into {@link BigDecimal} so that
 * {@code 21.0} stays twenty-one and never becomes a binary fraction.
 */
public record Money(BigDecimal amount, Currency currency) {

  /** Creates an amount, refusing null parts. */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
  }

  /** Returns the amount given as decimal text, such as {@code "12.50"}, in the currency. */
  public static Money of(String amount, Currency currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  /** Tells whether both amounts are numerically equal and in the same currency. */
  public boolean isSameAmountAs(Money other) {
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
