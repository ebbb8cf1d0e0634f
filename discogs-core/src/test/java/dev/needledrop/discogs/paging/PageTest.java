package dev.needledrop.discogs.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PageTest {

  @Nested
  class PaginationNumbers {

    @Test
    void readNegativeNumbersAsZeroAndAPageBelowOneAsTheFirst() {
      Pagination pagination = new Pagination(-2, -1, -50, -13);

      assertThat(pagination).isEqualTo(new Pagination(1, 0, 0, 0));
    }

    @Test
    void tellWhetherAPageFollows() {
      assertThat(new Pagination(2, 3, 5, 13).hasNext()).isTrue();
      assertThat(new Pagination(3, 3, 5, 13).hasNext()).isFalse();
      assertThat(new Pagination(4, 3, 5, 13).hasNext()).isFalse();
    }

    @Test
    void ofASinglePageHaveNoNextPage() {
      assertThat(Pagination.single(7)).isEqualTo(new Pagination(1, 1, 7, 7));
      assertThat(Pagination.single(7).hasNext()).isFalse();
    }

    @Test
    void ofAnEmptyResultCountNoPages() {
      assertThat(Pagination.single(0)).isEqualTo(new Pagination(1, 0, 1, 0));
    }
  }

  @Nested
  class Creation {

    @Test
    void copiesTheItemsSoThatLaterChangesDoNotShow() {
      List<String> items = new ArrayList<>(List.of("a", "b"));
      Page<String> page = new Page<>(items, Pagination.single(2));

      items.add("c");

      assertThat(page.items()).containsExactly("a", "b").isUnmodifiable();
    }

    @Test
    void requiresPagination() {
      assertThatNullPointerException().isThrownBy(() -> new Page<>(List.of(), null));
    }

    @Test
    void ofItemsIsASinglePageHoldingThemAll() {
      Page<String> page = Page.of(List.of("a", "b", "c"));

      assertThat(page.items()).containsExactly("a", "b", "c");
      assertThat(page.pagination()).isEqualTo(Pagination.single(3));
      assertThat(page.hasNext()).isFalse();
    }
  }

  @Nested
  class NextRequest {

    @Test
    void asksForTheFollowingPageWithTheServersPageSize() {
      Page<String> page = new Page<>(List.of("x"), new Pagination(2, 3, 5, 13));

      assertThat(page.nextRequest()).contains(PageRequest.of(3, 5));
    }

    @Test
    void isEmptyOnTheLastPage() {
      Page<String> page = new Page<>(List.of("x"), new Pagination(3, 3, 5, 13));

      assertThat(page.nextRequest()).isEmpty();
    }

    @Test
    void keepsThePageSizeWithinWhatARequestAccepts() {
      assertThat(new Page<>(List.of(), new Pagination(1, 2, 0, 1)).nextRequest())
          .contains(PageRequest.of(2, 1));
      assertThat(new Page<>(List.of(), new Pagination(1, 2, 250, 300)).nextRequest())
          .contains(PageRequest.of(2, 100));
    }
  }
}
