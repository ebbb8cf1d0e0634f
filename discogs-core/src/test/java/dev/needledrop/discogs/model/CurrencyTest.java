package dev.needledrop.discogs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CurrencyTest {

  @Nested
  class Creation {

    @Test
    void upperCasesAndTrimsTheCode() {
      assertThat(Currency.of("eur")).isEqualTo(Currency.EUR);
      assertThat(Currency.of(" gbp ")).isEqualTo(Currency.GBP);
      assertThat(Currency.of("Jpy").code()).isEqualTo("JPY");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "US", "USDX", "U5D", "€UR", "ÜSD", "US D"})
    void refusesCodesThatAreNotThreeLetters(String code) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Currency.of(code))
          .withMessageContaining("three letters");
    }

    @Test
    void refusesNull() {
      assertThatNullPointerException().isThrownBy(() -> Currency.of(null));
    }

    @Test
    void printsAsItsCode() {
      assertThat(Currency.CHF).hasToString("CHF");
    }
  }

  @Nested
  class DiscogsCurrencies {

    @Test
    void areExactlyTheTwelveTheMarketplaceAccepts() {
      assertThat(Currency.discogsCurrencies())
          .extracting(Currency::code)
          .containsExactlyInAnyOrder(
              "USD", "GBP", "EUR", "CAD", "AUD", "JPY", "CHF", "MXN", "BRL", "NZD", "SEK", "ZAR");
    }

    @Test
    void cannotBeModified() {
      assertThat(Currency.discogsCurrencies()).isUnmodifiable();
    }

    @Test
    void recogniseAConstantAndTheSameCodeParsedFromText() {
      assertThat(Currency.USD.isDiscogsCurrency()).isTrue();
      assertThat(Currency.of("zar").isDiscogsCurrency()).isTrue();
    }
  }

  @Nested
  class UnknownCodes {

    @Test
    void stillDecodeSoThatANewCurrencyDoesNotFailAResponse() {
      Currency unknown = Currency.of("NOK");

      assertThat(unknown.code()).isEqualTo("NOK");
      assertThat(unknown.isDiscogsCurrency()).isFalse();
    }

    @Test
    void areRefusedBeforeAWrite() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Currency.of("NOK").requireDiscogsCurrency())
          .withMessageContaining("NOK")
          .withMessageContaining("not one of the Discogs currencies");
    }

    @Test
    void knownCodesPassTheWriteCheckUnchanged() {
      assertThat(Currency.SEK.requireDiscogsCurrency()).isSameAs(Currency.SEK);
    }
  }
}
