package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.Money;
import java.math.RoundingMode;

/**
 * Writes amounts of money one way everywhere: rounded to the currency's decimals, then the code.
 */
final class Prices {

  private static final int USUAL_DECIMALS = 2;

  private Prices() {}

  /**
   * Returns the amount as people write it, such as {@code "0.84 GBP"} or {@code "1260 JPY"}:
   * rounded half up to the currency's usual decimals (Discogs sends converted prices with sixteen).
   */
  static String format(Money money) {
    String amount = money.amount().setScale(decimals(money), RoundingMode.HALF_UP).toPlainString();
    return amount + " " + money.currency().code();
  }

  // A code the JDK does not know (Discogs could add one) gets the usual two decimals.
  private static int decimals(Money money) {
    try {
      int digits =
          java.util.Currency.getInstance(money.currency().code()).getDefaultFractionDigits();
      return digits < 0 ? USUAL_DECIMALS : digits;
    } catch (IllegalArgumentException unknown) {
      return USUAL_DECIMALS;
    }
  }
}
