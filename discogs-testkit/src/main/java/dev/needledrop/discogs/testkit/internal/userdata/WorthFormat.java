package dev.needledrop.discogs.testkit.internal.userdata;

import dev.needledrop.discogs.model.Currency;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an amount as Discogs displays a collection's value: the currency's symbol, then the number
 * with thousands grouped, such as {@code "$1,250.00"}, {@code "CA$24.00"} or {@code "¥1,235"}.
 * Symbols that several currencies share get a prefix, so that the text names its currency.
 */
public final class WorthFormat {

  private static final Map<Currency, String> SYMBOLS =
      Map.ofEntries(
          Map.entry(Currency.USD, "$"),
          Map.entry(Currency.GBP, "£"),
          Map.entry(Currency.EUR, "€"),
          Map.entry(Currency.CAD, "CA$"),
          Map.entry(Currency.AUD, "A$"),
          Map.entry(Currency.JPY, "¥"),
          Map.entry(Currency.CHF, "CHF "),
          Map.entry(Currency.MXN, "MX$"),
          Map.entry(Currency.BRL, "R$"),
          Map.entry(Currency.NZD, "NZ$"),
          Map.entry(Currency.SEK, "SEK "),
          Map.entry(Currency.ZAR, "ZAR "));

  private WorthFormat() {}

  /** Returns the amount as display text in the currency. */
  public static String format(BigDecimal amount, Currency currency) {
    int decimals = currency.equals(Currency.JPY) ? 0 : 2;
    DecimalFormat number =
        new DecimalFormat(
            decimals == 0 ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    String digits = number.format(amount.setScale(decimals, RoundingMode.HALF_UP));
    return SYMBOLS.getOrDefault(currency, currency.code() + " ") + digits;
  }
}
