package dev.needledrop.discogs.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueWriter;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.market.Market;
import dev.needledrop.discogs.testkit.internal.paging.PageSlice;
import dev.needledrop.discogs.testkit.internal.render.CallerView;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the marketplace and inventory fakes share: the market (the same rules as the stub's), the
 * database its releases come from, the users it knows, and the count of calls served.
 */
final class FakeMarket {

  private final Market market;
  private final Set<String> users = ConcurrentHashMap.newKeySet();
  private final AtomicInteger calls = new AtomicInteger();

  FakeMarket(
      Clock clock,
      InMemoryDatabase database,
      Function<String, Currency> currencies,
      int exportReadsUntilDone) {
    users.addAll(
        Set.of(
            StubDiscogsServer.DEFAULT_USERNAME,
            StubDiscogsServer.OTHER_USERNAME,
            StubDiscogsServer.SELLER_USERNAME));
    this.market =
        new Market(
            clock,
            id -> database.heldRelease(id).map(CatalogueWriter::release),
            users::contains,
            seller -> currencies.apply(seller).code(),
            exportReadsUntilDone);
  }

  Market market() {
    return market;
  }

  /** Makes a user known, as a token of theirs makes them known to the stub. */
  void addUser(String username) {
    users.add(username);
  }

  int callCount() {
    return calls.get();
  }

  /**
   * Runs one call, counted, turning the market's Discogs error into the exception the HTTP adapter
   * throws for the same answer.
   */
  <T> T call(String method, String path, Supplier<T> work) {
    calls.incrementAndGet();
    try {
      return work.get();
    } catch (ApiError refused) {
      throw failure(method, path, refused);
    }
  }

  /** Runs one call that returns nothing. */
  void run(String method, String path, Runnable work) {
    call(
        method,
        path,
        () -> {
          work.run();
          return null;
        });
  }

  static DiscogsServiceException failure(String method, String path, ApiError refused) {
    return Failures.of(method, path, refused.status(), refused.getMessage());
  }

  /** Trims a body to what the caller may see, as the stub's renderer does. */
  static ObjectNode rendered(ObjectNode json, Caller caller) {
    if (caller.isAnonymous()) {
      CallerView.blankImages(json);
    }
    if (!caller.isUser()) {
      CallerView.dropUserData(json);
    }
    return json;
  }

  /** Returns one page of the items, read into records, paged as the stub pages. */
  static <R> Page<R> page(
      List<ObjectNode> all, PageRequest request, Caller caller, Function<ObjectNode, R> reader) {
    PageSlice slice = new PageSlice(request.page(), request.perPage(), all.size());
    Pagination pagination =
        new Pagination(slice.page(), slice.pages(), slice.perPage(), slice.items());
    List<R> items =
        slice.cut(all).stream().map(json -> reader.apply(rendered(json, caller))).toList();
    return new Page<>(items, pagination);
  }
}
