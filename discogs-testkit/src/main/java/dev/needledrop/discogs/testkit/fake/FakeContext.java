package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.paging.PageSlice;
import dev.needledrop.discogs.testkit.internal.routing.Access;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;

/**
 * What every user-data fake of one {@link InMemoryUserData} view shares: the data, who calls, the
 * currency prices are labelled with, the call count, and where releases added to collections and
 * wantlists are looked up. Its helpers turn the shared rules' refusals into the exceptions a client
 * over HTTP would throw.
 */
record FakeContext(
    FakeUserData data,
    Caller caller,
    Currency currency,
    AtomicInteger calls,
    LongFunction<Optional<Release>> releases) {

  /** Counts a call, runs it, and reports a refusal as the HTTP adapter would. */
  <T> T call(String method, String path, Supplier<T> action) {
    calls.incrementAndGet();
    try {
      return action.get();
    } catch (ApiError refused) {
      throw Failures.of(method, path, refused.status(), refused.getMessage());
    }
  }

  /** Counts and runs a call that returns nothing. */
  void run(String method, String path, Runnable action) {
    call(
        method,
        path,
        () -> {
          action.run();
          return null;
        });
  }

  /** Refuses a caller who is not the user: 401 without a user, 403 for another one. */
  void requireOwner(String user) {
    Access.OWNER.check(caller, Map.of("username", user));
  }

  /** Returns the path of a user's resource, the username encoded as the adapter encodes it. */
  static String userPath(String user) {
    return "/users/" + QueryString.encode(user);
  }

  /** Reads a timestamp text; empty reads as absent, as the adapter reads it. */
  static Optional<Timestamp> timestamp(String raw) {
    return raw.isBlank() ? Optional.empty() : Optional.of(Timestamp.of(raw));
  }

  /**
   * Returns a release description as the caller gets it: identified by the item's release id, and
   * with blank image URLs for anonymous callers.
   */
  BasicInformation describe(BasicInformation release, long releaseId) {
    boolean withheld = caller.isAnonymous();
    return new BasicInformation(
        ReleaseId.of(releaseId),
        release.title(),
        release.year(),
        withheld ? "" : release.thumb(),
        withheld ? "" : release.coverImage(),
        release.formats(),
        release.labels(),
        release.artists(),
        release.genres(),
        release.styles(),
        release.masterId());
  }

  /** Returns a whole release as the caller gets it, its lowest price in the fake's currency. */
  Release release(Release release) {
    Release priced =
        release
            .lowestPrice()
            .map(
                price ->
                    TestReleases.from(release).lowestPrice(new Money(price.amount(), currency)))
            .map(TestReleases.Builder::build)
            .orElse(release);
    return Withholding.release(priced, caller);
  }

  /** Returns the page asked for, each item seen through the view. */
  static <T, R> Page<R> page(List<T> all, PageRequest request, Function<T, R> view) {
    PageSlice slice = new PageSlice(request.page(), request.perPage(), all.size());
    Pagination pagination =
        new Pagination(slice.page(), slice.pages(), slice.perPage(), slice.items());
    return new Page<>(slice.cut(all).stream().map(view).toList(), pagination);
  }

  /**
   * Returns the short description Discogs gives a whole release in collections and wantlists: the
   * primary image (or the first) as the cover.
   */
  static BasicInformation summarize(Release release) {
    String cover =
        release.images().stream()
            .filter(Image::isPrimary)
            .findFirst()
            .or(() -> release.images().stream().findFirst())
            .map(Image::uri)
            .orElse("");
    return new BasicInformation(
        release.id(),
        release.title(),
        release.year(),
        release.thumb(),
        cover,
        release.formats(),
        release.labels(),
        release.artists(),
        release.genres(),
        release.styles(),
        release.masterId());
  }
}
