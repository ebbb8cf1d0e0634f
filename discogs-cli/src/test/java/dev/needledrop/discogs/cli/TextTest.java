package dev.needledrop.discogs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.paging.Pagination;
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
  class PaginationLine {

    @Test
    void saysWhichPageOfHowManyAndTheTotal() {
      assertThat(SearchTable.pagination(new Pagination(1, 3, 50, 123)))
          .isEqualTo("page 1 of 3 (123 results)");
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
