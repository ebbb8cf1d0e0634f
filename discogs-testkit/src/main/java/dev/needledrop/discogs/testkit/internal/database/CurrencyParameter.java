package dev.needledrop.discogs.testkit.internal.database;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import java.util.stream.Collectors;

/** Reads {@code curr_abbr}, the currency a release's or master's lowest price is asked in. */
final class CurrencyParameter {

  private CurrencyParameter() {}

  /**
   * Returns the currency asked for, US dollars when none is (the stub's callers have no currency
   * setting of their own).
   *
   * @throws ApiError 422 when the code is not one of the Discogs currencies
   */
  static Currency read(StubRequest request) {
    return request
        .parameter("curr_abbr")
        .map(CurrencyParameter::discogsCurrency)
        .orElse(Currency.USD);
  }

  private static Currency discogsCurrency(String code) {
    try {
      Currency currency = Currency.of(code);
      if (currency.isDiscogsCurrency()) {
        return currency;
      }
    } catch (IllegalArgumentException malformed) {
      // Answered below like an unknown code.
    }
    String codes =
        Currency.discogsCurrencies().stream().map(Currency::code).collect(Collectors.joining(", "));
    throw ApiError.unprocessable("Invalid curr_abbr: expected one of " + codes + ".");
  }
}
