package dev.needledrop.discogs.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @Nested
  class Bounds {

    @Test
    void acceptsTheFirstPageAndBothEndsOfThePageSize() {
      assertThat(PageRequest.of(1, 1)).isEqualTo(new PageRequest(1, 1));
      assertThat(PageRequest.of(1, 100).perPage()).isEqualTo(PageRequest.MAX_PER_PAGE);
    }

    @ParameterizedTest(name = "page {0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void refusesPagesBelowOne(int page) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PageRequest.of(page, 50))
          .withMessage("page must be 1 or more, but was " + page);
    }

    @ParameterizedTest(name = "{0} per page")
    @ValueSource(ints = {0, -5, 101, 500})
    void refusesPageSizesOutsideOneToOneHundred(int perPage) {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> PageRequest.of(1, perPage))
          .withMessage("perPage must be from 1 to 100, but was " + perPage);
    }
  }

  @Nested
  class Factories {

    @Test
    void theFirstPageUsesTheDiscogsDefaultSize() {
      assertThat(PageRequest.first()).isEqualTo(PageRequest.of(1, 50));
    }

    @Test
    void nextKeepsTheSizeAndMovesOnePage() {
      assertThat(PageRequest.of(3, 25).next()).isEqualTo(PageRequest.of(4, 25));
    }

    @Test
    void withPageKeepsTheSize() {
      assertThat(PageRequest.of(3, 25).withPage(7)).isEqualTo(PageRequest.of(7, 25));
    }

    @Test
    void withPageStillChecksTheNumber() {
      assertThatIllegalArgumentException().isThrownBy(() -> PageRequest.first().withPage(0));
    }
  }
}
