package dev.needledrop.discogs.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.FailedCall;
import dev.needledrop.discogs.error.RateLimitedException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PagedStreamTest {

  /** A fetcher that serves pages from a function and records every request it receives. */
  static final class RecordingFetcher implements PageFetcher<String> {

    private final Function<PageRequest, Page<String>> pages;
    final List<PageRequest> requests = new ArrayList<>();

    RecordingFetcher(Function<PageRequest, Page<String>> pages) {
      this.pages = pages;
    }

    /** Serves an honest result: the given page sizes, numbered as asked. */
    static RecordingFetcher withPageSizes(int perPage, int... sizes) {
      int items = IntStream.of(sizes).sum();
      return new RecordingFetcher(
          request -> {
            int number = request.page();
            List<String> onPage = itemsOfPage(number, sizes[number - 1]);
            return new Page<>(onPage, new Pagination(number, sizes.length, perPage, items));
          });
    }

    @Override
    public Page<String> fetch(PageRequest request) {
      requests.add(request);
      return pages.apply(request);
    }

    List<Integer> pagesFetched() {
      return requests.stream().map(PageRequest::page).toList();
    }
  }

  private static List<String> itemsOfPage(int page, int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "p" + page + "-" + i).toList();
  }

  private static RateLimitedException rateLimited() {
    return new RateLimitedException(
        new FailedCall(
            "GET",
            "/users/example_user/collection/folders/0/releases?page=7&per_page=100",
            429,
            "You are making requests too quickly.",
            "",
            Optional.empty()));
  }

  @Nested
  class Laziness {

    @Test
    void fetchesNothingBeforeTheFirstItemIsPulled() {
      RecordingFetcher fetcher = RecordingFetcher.withPageSizes(3, 3, 3);

      Stream<String> stream = PagedStream.of(fetcher, 3).map(String::toUpperCase);

      assertThat(fetcher.requests).isEmpty();
      assertThat(stream.findFirst()).contains("P1-1");
      assertThat(fetcher.pagesFetched()).containsExactly(1);
    }

    @Test
    void fetchesTheSecondPageOnlyWhenTheWalkReachesIt() {
      RecordingFetcher fetcher = RecordingFetcher.withPageSizes(3, 3, 3);
      Iterator<String> items = PagedStream.of(fetcher, 3).iterator();

      items.next();
      items.next();
      items.next();
      assertThat(fetcher.pagesFetched()).containsExactly(1);

      assertThat(items.next()).isEqualTo("p2-1");
      assertThat(fetcher.pagesFetched()).containsExactly(1, 2);
    }

    @Test
    void aLimitThatFitsOnTheFirstPageFetchesOnlyThatPage() {
      RecordingFetcher fetcher = RecordingFetcher.withPageSizes(3, 3, 3, 3);

      List<String> firstThree = PagedStream.of(fetcher, 3).limit(3).toList();

      assertThat(firstThree).containsExactly("p1-1", "p1-2", "p1-3");
      assertThat(fetcher.pagesFetched()).containsExactly(1);
    }

    @Test
    void asksForTheGivenPageSize() {
      RecordingFetcher fetcher = RecordingFetcher.withPageSizes(100, 1);

      PagedStream.of(fetcher, 100).toList();

      assertThat(fetcher.requests).containsExactly(PageRequest.of(1, 100));
    }

    @Test
    void canStartAtALaterPage() {
      RecordingFetcher fetcher = RecordingFetcher.withPageSizes(2, 2, 2, 2);

      List<String> rest = PagedStream.of(fetcher, PageRequest.of(2, 2)).toList();

      assertThat(rest).containsExactly("p2-1", "p2-2", "p3-1", "p3-2");
      assertThat(fetcher.pagesFetched()).containsExactly(2, 3);
    }
  }

  @Nested
  class PageCount {

    /** Case B30: 13 items over 3 pages of 5, with only 4 on page 2. */
    @Test
    void aShortMiddlePageDoesNotEndTheWalk() {
      RecordingFetcher fetcher = RecordingFetcher.withPageSizes(5, 5, 4, 4);

      List<String> all = PagedStream.of(fetcher, 5).toList();

      assertThat(all).hasSize(13);
      assertThat(all.get(8)).isEqualTo("p2-4");
      assertThat(all.get(9)).isEqualTo("p3-1");
      assertThat(fetcher.pagesFetched()).containsExactly(1, 2, 3);
    }

    @Test
    void anEmptyMiddlePageDoesNotEndTheWalkEither() {
      RecordingFetcher fetcher = RecordingFetcher.withPageSizes(2, 2, 0, 2);

      assertThat(PagedStream.of(fetcher, 2).toList())
          .containsExactly("p1-1", "p1-2", "p3-1", "p3-2");
    }

    @Test
    void yieldsEveryItemExactlyOnceInOrder() {
      RecordingFetcher fetcher = RecordingFetcher.withPageSizes(2, 2, 2, 1);

      assertThat(PagedStream.of(fetcher, 2).toList())
          .containsExactly("p1-1", "p1-2", "p2-1", "p2-2", "p3-1");
    }

    @Test
    void stopsAfterTheFirstPageOfAnEmptyResult() {
      RecordingFetcher fetcher =
          new RecordingFetcher(request -> new Page<>(List.of(), new Pagination(1, 0, 50, 0)));

      assertThat(PagedStream.of(fetcher, 50).toList()).isEmpty();
      assertThat(fetcher.pagesFetched()).containsExactly(1);
    }

    @Test
    void stopsAfterAnEmptySinglePage() {
      RecordingFetcher fetcher = new RecordingFetcher(request -> Page.of(List.of()));

      assertThat(PagedStream.of(fetcher, 50).count()).isZero();
      assertThat(fetcher.pagesFetched()).containsExactly(1);
    }

    @Test
    void neverLoopsWhenTheServerEchoesTheFirstPageNumberForEveryPage() {
      RecordingFetcher fetcher =
          new RecordingFetcher(
              request -> new Page<>(itemsOfPage(request.page(), 2), new Pagination(1, 3, 2, 6)));

      assertThat(PagedStream.of(fetcher, 2).toList()).hasSize(6);
      assertThat(fetcher.pagesFetched()).containsExactly(1, 2, 3);
    }

    @Test
    void neverLoopsWhenTheServerEchoesAPageNumberBeyondTheCount() {
      RecordingFetcher fetcher =
          new RecordingFetcher(
              request -> new Page<>(itemsOfPage(request.page(), 1), new Pagination(9, 2, 1, 2)));

      assertThat(PagedStream.of(fetcher, 1).toList()).containsExactly("p1-1", "p2-1");
    }

    @Test
    void endsWhereTheServerSaysWhenThePageCountShrinksDuringTheWalk() {
      RecordingFetcher fetcher =
          new RecordingFetcher(
              request -> {
                int pages = request.page() == 1 ? 5 : 2;
                return new Page<>(itemsOfPage(request.page(), 1), new Pagination(1, pages, 1, 5));
              });

      assertThat(PagedStream.of(fetcher, 1).toList()).containsExactly("p1-1", "p2-1");
    }
  }

  @Nested
  class Failures {

    /** Case B20 kind: a rate-limited page 7 stops the stream and says where to resume. */
    @Test
    void aDiscogsFailureOnAPageReportsThatPageAsTheResumePoint() {
      RecordingFetcher fetcher =
          new RecordingFetcher(
              request -> {
                if (request.page() == 7) {
                  throw rateLimited();
                }
                return new Page<>(itemsOfPage(request.page(), 1), new Pagination(1, 9, 1, 9));
              });
      List<String> seen = new ArrayList<>();

      assertThatThrownBy(() -> PagedStream.of(fetcher, 1).forEach(seen::add))
          .isInstanceOf(RateLimitedException.class)
          .hasMessageContaining("stream stopped at page 7")
          .satisfies(failure -> assertThat(((DiscogsException) failure).resumePage()).hasValue(7));
      assertThat(seen).hasSize(6);
    }

    @Test
    void aStreamStartedAtTheResumePageYieldsTheRestExactlyOnce() {
      RecordingFetcher failingOnce =
          new RecordingFetcher(
              request -> {
                if (request.page() == 3) {
                  throw rateLimited();
                }
                return new Page<>(itemsOfPage(request.page(), 1), new Pagination(1, 4, 1, 4));
              });
      List<String> seen = new ArrayList<>();
      int resumePage = 0;
      try {
        PagedStream.of(failingOnce, 1).forEach(seen::add);
      } catch (DiscogsException stopped) {
        resumePage = stopped.resumePage().orElseThrow();
      }
      RecordingFetcher recovered = RecordingFetcher.withPageSizes(1, 1, 1, 1, 1);

      PagedStream.of(recovered, PageRequest.of(resumePage, 1)).forEach(seen::add);

      assertThat(seen).containsExactly("p1-1", "p2-1", "p3-1", "p4-1");
    }

    @Test
    void aFailureOnTheFirstPageReportsPageOne() {
      RecordingFetcher fetcher =
          new RecordingFetcher(
              request -> {
                throw rateLimited();
              });

      assertThatThrownBy(() -> PagedStream.of(fetcher, 50).findFirst())
          .isInstanceOfSatisfying(
              DiscogsException.class, failure -> assertThat(failure.resumePage()).hasValue(1));
    }

    @Test
    void otherExceptionsPassThroughUnchanged() {
      IllegalStateException bug = new IllegalStateException("bug in the fetcher");
      RecordingFetcher fetcher =
          new RecordingFetcher(
              request -> {
                throw bug;
              });

      assertThatThrownBy(() -> PagedStream.of(fetcher, 50).toList()).isSameAs(bug);
    }

    @Test
    void anExhaustedIteratorEndsLikeAnyOther() {
      Iterator<String> items = PagedStream.of(RecordingFetcher.withPageSizes(1, 1), 1).iterator();
      items.next();

      assertThatThrownBy(items::next).isInstanceOf(NoSuchElementException.class);
    }
  }
}
