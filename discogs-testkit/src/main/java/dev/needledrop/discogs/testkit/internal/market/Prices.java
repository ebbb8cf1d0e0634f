package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.testkit.ExchangeRates;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Money as the marketplace writes it: {@code {"value", "currency"}} objects, the seller's {@code
 * original_price} with Discogs' numeric currency id and display text, and exact decimal parsing.
 *
 * <p>Discogs documents ids 1 (USD) and 3 (EUR) only; the stub numbers the twelve currencies in the
 * order Discogs lists them, which fits both. Conversions use the testkit's fixed {@code
 * ExchangeRates}.
 */
final class Prices {

  private static final Map<String, String> SYMBOLS =
      Map.of("USD", "$", "GBP", "£", "EUR", "€", "JPY", "¥");

  private Prices() {}

  /** Returns {@code {"value": amount, "currency": code}}. */
  static ObjectNode price(BigDecimal amount, String currency) {
    ObjectNode price = StubJson.object();
    price.put("value", amount);
    price.put("currency", currency);
    return price;
  }

  /** Returns the seller's price as {@code original_price} carries it. */
  static ObjectNode original(BigDecimal amount, String currency) {
    ObjectNode original = StubJson.object();
    original.put("curr_abbr", currency);
    original.put("curr_id", currencyId(currency));
    original.put("formatted", formatted(amount, currency));
    original.put("value", amount);
    return original;
  }

  /**
   * Prices a listing in another currency with the testkit's fixed rates: {@code price} (and a
   * shipping price) converted, the seller's {@code original_price} kept, with the converted price
   * beside it as {@code converted}. A listing already in that currency is left as it is.
   */
  static void convertListing(ObjectNode listing, String currency) {
    Optional<Money> price = money(listing.path("price"));
    if (price.isEmpty() || price.get().currency().code().equals(currency)) {
      return;
    }
    Money converted = ExchangeRates.convert(price.get(), Currency.of(currency));
    listing.set("price", price(converted.amount(), currency));
    if (listing.path("original_price") instanceof ObjectNode original) {
      original.set("converted", original(converted.amount(), currency));
    }
    money(listing.path("shipping_price"))
        .map(shipping -> ExchangeRates.convert(shipping, Currency.of(currency)))
        .ifPresent(shipping -> listing.set("shipping_price", price(shipping.amount(), currency)));
  }

  /** Returns the amount and currency of a price object, when it holds both. */
  static Optional<Money> money(JsonNode price) {
    String code = StubJson.text(price, "currency");
    Optional<BigDecimal> amount = amount(price);
    if (amount.isEmpty() || code.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Money(amount.get(), Currency.of(code)));
    } catch (IllegalArgumentException notACurrency) {
      return Optional.empty();
    }
  }

  /** Returns the amount of a price object, when it holds one. */
  static Optional<BigDecimal> amount(JsonNode price) {
    JsonNode value = price.path("value");
    return value.isNumber() ? Optional.of(value.decimalValue()) : Optional.empty();
  }

  /**
   * Parses a positive decimal, such as a listing price.
   *
   * @throws ApiError 422 naming the parameter when the text is not one
   */
  static BigDecimal positive(String text, String parameter) {
    BigDecimal value = decimal(text, parameter);
    if (value.signum() <= 0) {
      throw ApiError.unprocessable("Invalid " + parameter + ": expected a positive number.");
    }
    return value;
  }

  /**
   * Returns the amount when it has no more decimals than the currency has: two, none for the yen.
   *
   * @throws ApiError 422 naming the parameter and the currency otherwise, such as 22.505 EUR
   */
  static BigDecimal inMinorUnits(BigDecimal amount, String currency, String parameter) {
    int decimals = decimals(currency);
    if (amount.stripTrailingZeros().scale() > decimals) {
      String allowed = decimals == 0 ? "whole " + currency : currency + " with at most 2 decimals";
      throw ApiError.unprocessable(
          "Invalid "
              + parameter
              + ": expected an amount in "
              + allowed
              + ", but was "
              + amount.toPlainString()
              + ".");
    }
    return amount;
  }

  /**
   * Returns the amount of a price object in US dollars by the fixed rates, unrounded, so that
   * prices in different currencies compare as a buyer compares them; zero for no price.
   */
  static BigDecimal inUsDollars(JsonNode price) {
    return money(price)
        .filter(money -> money.currency().isDiscogsCurrency())
        .map(
            money ->
                money
                    .amount()
                    .divide(ExchangeRates.perUsDollar(money.currency()), MathContext.DECIMAL64))
        .orElseGet(() -> amount(price).orElse(BigDecimal.ZERO));
  }

  /**
   * Parses a decimal that is not negative, such as a shipping cost.
   *
   * @throws ApiError 422 naming the parameter when the text is not one
   */
  static BigDecimal decimal(String text, String parameter) {
    String trimmed = text.trim();
    if (!trimmed.matches("\\d{1,12}(\\.\\d{1,12})?")) {
      throw ApiError.unprocessable("Invalid " + parameter + ": expected a number such as 10.00.");
    }
    return new BigDecimal(trimmed);
  }

  /**
   * Returns a currency code Discogs trades in.
   *
   * @throws ApiError 422 listing the twelve codes otherwise
   */
  static String currency(String code, String parameter) {
    boolean known;
    try {
      known = Currency.of(code).isDiscogsCurrency();
    } catch (IllegalArgumentException malformed) {
      known = false;
    }
    if (!known) {
      String codes =
          Currency.discogsCurrencies().stream()
              .map(Currency::code)
              .collect(Collectors.joining(", "));
      throw ApiError.unprocessable("Invalid " + parameter + ": expected one of " + codes + ".");
    }
    return Currency.of(code).code();
  }

  /** Returns the amount rounded to the currency's smallest unit: yen whole, others to cents. */
  static BigDecimal toMinorUnit(BigDecimal amount, String currency) {
    return amount.setScale(decimals(currency), RoundingMode.HALF_UP);
  }

  private static int decimals(String currency) {
    return currency.equals("JPY") ? 0 : 2;
  }

  private static int currencyId(String code) {
    int index = Currency.discogsCurrencies().indexOf(Currency.of(code));
    return index < 0 ? 0 : index + 1;
  }

  private static String formatted(BigDecimal amount, String currency) {
    String shown = toMinorUnit(amount, currency).toPlainString();
    String symbol = SYMBOLS.get(currency);
    return symbol == null ? currency + " " + shown : symbol + shown;
  }
}
