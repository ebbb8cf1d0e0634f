package dev.needledrop.discogs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Nested
  class Creation {

    @Test
    void keepsTheExactDecimalItWasGiven() {
      Money price = Money.of("21.10", Currency.EUR);

      assertThat(price.amount()).isEqualByComparingTo("21.1");
      assertThat(price.amount().scale()).isEqualTo(2);
      assertThat(price.amount().toPlainString()).isEqualTo("21.10");
    }

    @Test
    void neverRoundsThroughBinaryFractions() {
      Money sum = new Money(new BigDecimal("0.1").add(new BigDecimal("0.2")), Currency.USD);

      assertThat(sum.amount()).isEqualTo(new BigDecimal("0.3"));
    }

    @Test
    void refusesNullParts() {
      assertThatNullPointerException()
          .isThrownBy(() -> new Money(null, Currency.USD))
          .withMessage("amount");
      assertThatNullPointerException()
          .isThrownBy(() -> new Money(BigDecimal.ONE, null))
          .withMessage("currency");
    }

    @Test
    void refusesTextThatIsNotADecimal() {
      assertThatThrownBy(() -> Money.of("12,50", Currency.EUR))
          .isInstanceOf(NumberFormatException.class);
    }

    @Test
    void printsThePlainAmountAndTheCode() {
      assertThat(Money.of("1E+3", Currency.JPY)).hasToString("1000 JPY");
      assertThat(Money.of("12.50", Currency.GBP)).hasToString("12.50 GBP");
    }
  }

  @Nested
  class IsSameAmountAs {

    @Test
    void ignoresTheScaleOfEqualAmounts() {
      Money written = Money.of("21.0", Currency.USD);
      Money read = Money.of("21.00", Currency.USD);

      assertThat(written.isSameAmountAs(read)).isTrue();
      assertThat(written).as("record equality keeps the scale").isNotEqualTo(read);
    }

    @Test
    void tellsDifferentAmountsApart() {
      assertThat(Money.of("21.01", Currency.USD).isSameAmountAs(Money.of("21", Currency.USD)))
          .isFalse();
    }

    @Test
    void tellsDifferentCurrenciesApart() {
      assertThat(Money.of("10", Currency.USD).isSameAmountAs(Money.of("10", Currency.CAD)))
          .isFalse();
    }
  }
}
