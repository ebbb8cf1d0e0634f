package dev.needledrop.discogs.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormattedMoneyTest {

  private static Money money(String amount, Currency currency) {
    return new Money(new BigDecimal(amount), currency);
  }

  @Nested
  class UnambiguousSymbols {

    @ParameterizedTest(name = "{0} reads as {1} {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "£12.50         | 12.50    | GBP",
          "€250.00        | 250.00   | EUR",
          "250,00 €       | 250.00   | EUR",
          "¥1,235         | 1235     | JPY",
          "￥980          | 980      | JPY",
          "A$19.99        | 19.99    | AUD",
          "AU$19.99       | 19.99    | AUD",
          "CA$24.00       | 24.00    | CAD",
          "C$24.00        | 24.00    | CAD",
          "NZ$30.00       | 30.00    | NZD",
          "MX$450.00      | 450.00   | MXN",
          "R$89,90        | 89.90    | BRL",
          "US$5.00        | 5.00     | USD",
          "CHF 45.00      | 45.00    | CHF",
          "Fr. 45.00      | 45.00    | CHF",
          "SEK 120.00     | 120.00   | SEK",
          "120,00 kr      | 120.00   | SEK",
          "R 150.00       | 150.00   | ZAR",
          "ZAR 150.00     | 150.00   | ZAR",
          "EUR 1.234,56   | 1234.56  | EUR",
          "12.00 GBP      | 12.00    | GBP"
        })
    void readsTheCurrencyTheMarkerNames(String text, String amount, String code) {
      FormattedMoney read = FormattedMoney.parse(text);

      assertThat(read.money()).contains(money(amount, Currency.of(code)));
      assertThat(read.text()).isEqualTo(text);
      assertThat(FormattedMoney.needsUserCurrency(text)).isFalse();
    }

    @Test
    void keepsTheMarkersCurrencyEvenWhenTheUserHasAnother() {
      assertThat(FormattedMoney.parse("£12.50", Currency.USD).money())
          .contains(money("12.50", Currency.GBP));
    }

    @Test
    void readsAnyThreeLetterCodeAsThatCurrency() {
      FormattedMoney read = FormattedMoney.parse("NOK 99.00");

      assertThat(read.money()).contains(money("99.00", Currency.of("NOK")));
      assertThat(read.money().orElseThrow().currency().isDiscogsCurrency()).isFalse();
    }
  }

  @Nested
  class TheDollarSign {

    @Test
    void isReadAsUsDollarsWithoutAUserCurrency() {
      assertThat(FormattedMoney.parse("$250.00").money()).contains(money("250.00", Currency.USD));
    }

    @ParameterizedTest
    @ValueSource(strings = {"USD", "CAD", "AUD", "NZD", "MXN"})
    void isReadAsTheUsersDollarCurrency(String code) {
      Currency user = Currency.of(code);

      assertThat(FormattedMoney.parse("$250.00", user).money()).contains(money("250.00", user));
    }

    @Test
    void fallsBackToUsDollarsWhenTheUsersCurrencyIsNoDollar() {
      assertThat(FormattedMoney.parse("$100.25", Currency.EUR).money())
          .contains(money("100.25", Currency.USD));
    }

    @Test
    void makesTheUsersCurrencyMatter() {
      assertThat(FormattedMoney.needsUserCurrency("$250.00")).isTrue();
    }
  }

  @Nested
  class ABareNumber {

    @Test
    void isReadInTheUsersCurrency() {
      assertThat(FormattedMoney.parse("75.50", Currency.GBP).money())
          .contains(money("75.50", Currency.GBP));
      assertThat(FormattedMoney.needsUserCurrency("75.50")).isTrue();
    }

    @Test
    void hasNoMoneyWithoutAUserCurrency() {
      FormattedMoney read = FormattedMoney.parse("75.50");

      assertThat(read.money()).isEmpty();
      assertThat(read.isKnown()).isFalse();
    }
  }

  @Nested
  class Numbers {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "$1,234.56       | 1234.56",
          "$1,234,567.00   | 1234567.00",
          "$1,234          | 1234",
          "€1.234,56       | 1234.56",
          "€1.234          | 1234",
          "€1 234,56       | 1234.56",
          "CHF 1'234.50    | 1234.50",
          "$0.99           | 0.99",
          "$7              | 7",
          "$12.5           | 12.5",
          "€12,5           | 12.5",
          "-$5.00          | -5.00"
        })
    void readsGroupingAndDecimals(String text, String amount) {
      Money read = FormattedMoney.parse(text).money().orElseThrow();

      assertThat(read.amount()).isEqualTo(new BigDecimal(amount));
    }

    @Test
    void readsNonBreakingSpacesAsSpaces() {
      assertThat(FormattedMoney.parse("1\u00A0234,56\u00A0€").money())
          .contains(money("1234.56", Currency.EUR));
    }

    @Test
    void keepsTheDecimalsAsWritten() {
      assertThat(FormattedMoney.parse("$250.00").money().orElseThrow().amount().scale())
          .isEqualTo(2);
    }
  }

  @Nested
  class TextThatIsNoAmount {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "n/a", "$", "$ abc", "£12.50 €", "Ƀ12.00", "12.,5 €"})
    void keepsTheTextWithoutMoney(String text) {
      FormattedMoney read = FormattedMoney.parse(text, Currency.USD);

      assertThat(read.money()).isEmpty();
      assertThat(read.text()).isEqualTo(text);
      assertThat(read.toString()).isEqualTo(text);
    }

    @Test
    void needsNoUserCurrency() {
      assertThat(FormattedMoney.needsUserCurrency("n/a")).isFalse();
      assertThat(FormattedMoney.needsUserCurrency("Ƀ12.00")).isFalse();
    }

    @Test
    void isKeptAsGivenWhenBuiltDirectly() {
      assertThat(new FormattedMoney("x", Optional.empty()).isKnown()).isFalse();
    }
  }
}
