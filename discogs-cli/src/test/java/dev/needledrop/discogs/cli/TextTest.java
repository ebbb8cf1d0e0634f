package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.paging.Pagination;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The text helpers behind the summaries and the search table. */
class TextTest {

  @Nested
  class Shorten {

    @Test
    void leavesTextThatFitsAsItIs() {
      assertThat(Text.shorten("Nevermind", 9)).isEqualTo("Nevermind");
    }

    @Test
    void cutsLongTextToTheWidthMarkingTheCut() {
      assertThat(Text.shorten("Never Gonna Give You Up", 12)).isEqualTo("Never Gon...").hasSize(12);
      assertThat(Text.shorten("Never Gonna Give You Up", 9)).isEqualTo("Never...");
      assertThat(Text.shorten("Never Gonna Give You Up", 10)).isEqualTo("Never G...").hasSize(10);
    }
  }

  @Nested
  class Columns {

    @Test
    void countWideEastAsianCharactersTwiceAndCombiningMarksNotAtAll() {
      assertThat(Text.columns("Nevermind")).isEqualTo(9);
      assertThat(Text.columns("長谷川きよし")).isEqualTo(12);
      assertThat(Text.columns("e\u0301")).isEqualTo(1);
      assertThat(Text.columns("한국")).isEqualTo(4);
    }

    @Test
    void padWideTextToTheSameColumnsAsNarrowText() {
      assertThat(Text.columns(Text.pad("長谷川", 10))).isEqualTo(Text.columns(Text.pad("Abc", 10)));
      assertThat(Text.pad("長谷川", 10)).isEqualTo("長谷川    ");
    }

    @Test
    void shortenWideTextByColumnsNeverSplittingACharacter() {
      String shortened = Text.shorten("長谷川きよしの歌", 9);

      assertThat(shortened).isEqualTo("長谷川...");
      assertThat(Text.columns(shortened)).isLessThanOrEqualTo(9);
      assertThat(Text.shorten("\uD83C\uDFB5\uD83C\uDFB5\uD83C\uDFB5x", 6))
          .isEqualTo("\uD83C\uDFB5...");
    }
  }

  @Nested
  class Wrap {

    @Test
    void wrapsAtSpacesKeepingParagraphs() {
      assertThat(Text.wrap("one two three four\nfive", 9))
          .containsExactly("one two", "three", "four", "five");
    }

    @Test
    void keepsAWordLongerThanTheWidthWhole() {
      assertThat(Text.wrap("see https://www.discogs.com/label/1-Planet-E", 10))
          .containsExactly("see", "https://www.discogs.com/label/1-Planet-E");
    }
  }

  @Nested
  class Counts {

    @Test
    void usesTheSingularForOne() {
      assertThat(Text.count(1, "copy", "copies")).isEqualTo("1 copy");
      assertThat(Text.count(0, "copy", "copies")).isEqualTo("0 copies");
    }

    @Test
    void writesDecimalsWithAPointWhateverTheLocale() {
      assertThat(Text.decimal(3.6449)).isEqualTo("3.64");
    }
  }

  @Nested
  class Typos {

    @Test
    void recognizeALetterAddedDroppedChangedOrSwapped() {
      assertThat(Text.isTypoOf("relase", "release")).isTrue();
      assertThat(Text.isTypoOf("releasse", "release")).isTrue();
      assertThat(Text.isTypoOf("mastre", "master")).isTrue();
      assertThat(Text.isTypoOf("serach", "search")).isTrue();
    }

    @Test
    void leaveOtherWordsAndTheWordItselfAlone() {
      assertThat(Text.isTypoOf("frobnicate", "master")).isFalse();
      assertThat(Text.isTypoOf("label", "label")).isFalse();
      assertThat(Text.isTypoOf("lab", "label")).isTrue();
      assertThat(Text.isTypoOf("la", "label")).isFalse();
    }
  }

  @Nested
  class PriceText {

    @Test
    void roundToTheCurrencysDecimalsAndNameTheCurrency() {
      assertThat(Prices.format(Money.of("8.077169493076712", Currency.USD))).isEqualTo("8.08 USD");
      assertThat(Prices.format(Money.of("0.9", Currency.GBP))).isEqualTo("0.90 GBP");
      assertThat(Prices.format(Money.of("1211.5", Currency.JPY))).isEqualTo("1212 JPY");
    }

    @Test
    void giveACurrencyTheJdkDoesNotKnowTwoDecimals() {
      assertThat(Prices.format(Money.of("3.14159", Currency.of("XQQ")))).isEqualTo("3.14 XQQ");
    }
  }

  @Nested
  class ForSale {

    @Test
    void namesTheCountOnlyWhenDiscogsSentIt() {
      Optional<Money> price = Optional.of(Money.of("0.84", Currency.USD));

      assertThat(Summaries.forSale(OptionalInt.of(82), price))
          .isEqualTo("82 copies, lowest 0.84 USD");
      assertThat(Summaries.forSale(OptionalInt.empty(), price)).isEqualTo("lowest 0.84 USD");
      assertThat(Summaries.forSale(OptionalInt.of(0), Optional.empty())).isEqualTo("none");
      assertThat(Summaries.forSale(OptionalInt.empty(), Optional.empty())).isEmpty();
    }
  }

  @Nested
  class PaginationLine {

    @Test
    void saysWhichPageOfHowManyAndTheTotal() {
      assertThat(SearchTable.pagination(new Pagination(1, 3, 50, 123)))
          .isEqualTo("page 1 of 3 (123 results)");
    }

    @Test
    void saysAPagePastTheEndIsPastTheEnd() {
      assertThat(Paging.pastTheEnd(new Pagination(2, 1, 50, 3), "the search", "result", "results"))
          .isEqualTo("page 2 is past the end: the search has 1 page (3 results)");
      assertThat(Paging.pastTheEnd(new Pagination(9, 3, 50, 123), "the folder", "copy", "copies"))
          .isEqualTo("page 9 is past the end: the folder has 3 pages (123 copies)");
    }

    @Test
    void neverSaysPageOneOfZero() {
      assertThat(SearchTable.pagination(new Pagination(1, 0, 50, 0)))
          .isEqualTo("page 1 of 1 (0 results)");
      assertThat(SearchTable.pagination(new Pagination(1, 1, 50, 1)))
          .isEqualTo("page 1 of 1 (1 result)");
    }
  }
}
