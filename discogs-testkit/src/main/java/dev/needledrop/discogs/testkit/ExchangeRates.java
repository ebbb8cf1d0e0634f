package dev.needledrop.discogs.testkit;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Objects;

/**
 * The fixed exchange rates the stub and the in-memory fakes convert prices with when a call asks
 * for another currency ({@code curr_abbr}), so that tests can compute the amounts they expect.
 *
 * <p>A converted amount is rounded half up to the currency's usual decimals: none for the yen, two
 * for the others. An amount asked for in its own currency is returned exactly as held.
 */
public final class ExchangeRates {

  // Illustrative values, fixed so that tests repeat: roughly the order of magnitude of real rates,
  // but not market data. Each is how many units of the currency one US dollar buys.
  private static final Map<Currency, BigDecimal> PER_US_DOLLAR =
      Map.ofEntries(
          Map.entry(Currency.USD, new BigDecimal("1")),
          Map.entry(Currency.GBP, new BigDecimal("0.79")),
          Map.entry(Currency.EUR, new BigDecimal("0.92")),
          Map.entry(Currency.CAD, new BigDecimal("1.36")),
          Map.entry(Currency.AUD, new BigDecimal("1.52")),
          Map.entry(Currency.JPY, new BigDecimal("150")),
          Map.entry(Currency.CHF, new BigDecimal("0.88")),
          Map.entry(Currency.MXN, new BigDecimal("17.0")),
          Map.entry(Currency.BRL, new BigDecimal("5.0")),
          Map.entry(Currency.NZD, new BigDecimal("1.65")),
          Map.entry(Currency.SEK, new BigDecimal("10.5")),
          Map.entry(Currency.ZAR, new BigDecimal("18.5")));

  private ExchangeRates() {}

  /**
   * Returns how many units of the currency one US dollar buys in this table.
   *
   * @throws IllegalArgumentException when the currency is not one of the twelve Discogs currencies
   */
  public static BigDecimal perUsDollar(Currency currency) {
    BigDecimal rate = PER_US_DOLLAR.get(Objects.requireNonNull(currency, "currency"));
    if (rate == null) {
      throw new IllegalArgumentException(
          "currency " + currency + " is not one of the Discogs currencies");
    }
    return rate;
  }

  /** Returns how many decimals amounts in the currency usually have: 0 for JPY, else 2. */
  public static int decimals(Currency currency) {
    perUsDollar(currency);
    return java.util.Currency.getInstance(currency.code()).getDefaultFractionDigits();
  }

  /**
   * Returns the money in the target currency: unchanged when it already is, otherwise converted
   * through the US dollar and rounded half up to the target's decimals.
   *
   * @throws IllegalArgumentException when either currency is not a Discogs currency
   */
  public static Money convert(Money money, Currency target) {
    perUsDollar(target);
    if (money.currency().equals(target)) {
      return money;
    }
    BigDecimal dollars =
        money.amount().divide(perUsDollar(money.currency()), MathContext.DECIMAL64);
    BigDecimal amount =
        dollars.multiply(perUsDollar(target)).setScale(decimals(target), RoundingMode.HALF_UP);
    return new Money(amount, target);
  }
}
