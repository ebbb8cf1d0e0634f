package dev.needledrop.discogs.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A currency as Discogs names it: a three-letter code.
 *
 * <p>Discogs trades in twelve currencies, available as constants. A code Discogs starts sending
 * later still decodes (with {@link #isDiscogsCurrency()} false) instead of failing the response;
 * writes refuse such codes before sending.
 */
public record Currency(String code) {

  public static final Currency USD = new Currency("USD");
  public static final Currency GBP = new Currency("GBP");
  public static final Currency EUR = new Currency("EUR");
  public static final Currency CAD = new Currency("CAD");
  public static final Currency AUD = new Currency("AUD");
  public static final Currency JPY = new Currency("JPY");
  public static final Currency CHF = new Currency("CHF");
  public static final Currency MXN = new Currency("MXN");
  public static final Currency BRL = new Currency("BRL");
  public static final Currency NZD = new Currency("NZD");
  public static final Currency SEK = new Currency("SEK");
  public static final Currency ZAR = new Currency("ZAR");

  private static final List<Currency> DISCOGS_CURRENCIES =
      List.of(USD, GBP, EUR, CAD, AUD, JPY, CHF, MXN, BRL, NZD, SEK, ZAR);

  /** Creates a currency from a three-letter code, upper-casing it. */
  public Currency {
    Objects.requireNonNull(code, "currency code");
    code = code.trim().toUpperCase(Locale.ROOT);
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException(
          "currency code must be three letters, but was '" + code + "'");
    }
  }

  /** Returns the currency of the given code. */
  public static Currency of(String code) {
    return new Currency(code);
  }

  /** Returns the twelve currencies the Discogs marketplace accepts. */
  public static List<Currency> discogsCurrencies() {
    return DISCOGS_CURRENCIES;
  }

  /** Tells whether Discogs accepts this currency for prices and fees. */
  public boolean isDiscogsCurrency() {
    return DISCOGS_CURRENCIES.contains(this);
  }

  /** Returns this currency, or fails if Discogs does not accept it; used before sending a write. */
  public Currency requireDiscogsCurrency() {
    if (!isDiscogsCurrency()) {
      throw new IllegalArgumentException(
          "currency " + code + " is not one of the Discogs currencies " + DISCOGS_CURRENCIES);
    }
    return this;
  }

  @Override
  public String toString() {
    return code;
  }
}
