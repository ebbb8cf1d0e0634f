package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

  @Nested
  class PerUsDollar {

    @Test
    void hasARateForEveryDiscogsCurrency() {
      assertThat(Currency.discogsCurrencies())
          .allSatisfy(currency -> assertThat(ExchangeRates.perUsDollar(currency)).isPositive());
    }

    @Test
    void refusesACurrencyDiscogsDoesNotTradeIn() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ExchangeRates.perUsDollar(Currency.of("XYZ")))
          .withMessageContaining("XYZ");
    }
  }

  @Nested
  class Decimals {

    @Test
    void areNoneForTheYenAndTwoForTheOthers() {
      assertThat(ExchangeRates.decimals(Currency.JPY)).isZero();
      assertThat(ExchangeRates.decimals(Currency.EUR)).isEqualTo(2);
      assertThat(ExchangeRates.decimals(Currency.SEK)).isEqualTo(2);
    }
  }

  @Nested
  class Convert {

    @Test
    void keepsAnAmountInItsOwnCurrencyExactly() {
      Money recorded = Money.of("8.077169493076712", Currency.USD);

      assertThat(ExchangeRates.convert(recorded, Currency.USD)).isSameAs(recorded);
    }

    @Test
    void convertsFromDollarsRoundingHalfUpToTheTargetsDecimals() {
      assertThat(ExchangeRates.convert(Money.of("0.84", Currency.USD), Currency.EUR))
          .isEqualTo(Money.of("0.77", Currency.EUR));
      assertThat(ExchangeRates.convert(Money.of("0.84", Currency.USD), Currency.JPY))
          .isEqualTo(Money.of("126", Currency.JPY));
      assertThat(ExchangeRates.convert(Money.of("0.1", Currency.USD), Currency.SEK))
          .isEqualTo(Money.of("1.05", Currency.SEK));
    }

    @Test
    void convertsBetweenTwoOtherCurrenciesThroughTheDollar() {
      // 1000 yen are 6.666... dollars, which are 6.133... euros.
      assertThat(ExchangeRates.convert(Money.of("1000", Currency.JPY), Currency.EUR))
          .isEqualTo(Money.of("6.13", Currency.EUR));
    }

    @Test
    void refusesATargetDiscogsDoesNotTradeIn() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ExchangeRates.convert(Money.of("1", Currency.USD), Currency.of("XYZ")));
    }
  }
}
