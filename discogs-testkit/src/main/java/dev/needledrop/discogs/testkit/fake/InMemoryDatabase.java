package dev.needledrop.discogs.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.api.ArtistReleaseSort;
import dev.needledrop.discogs.api.DatabaseApi;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.access.DatabaseAccess;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.Artist;
import dev.needledrop.discogs.model.database.ArtistRelease;
import dev.needledrop.discogs.model.database.CommunityRating;
import dev.needledrop.discogs.model.database.Label;
import dev.needledrop.discogs.model.database.LabelRelease;
import dev.needledrop.discogs.model.database.Master;
import dev.needledrop.discogs.model.database.MasterVersion;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.database.ReleaseRating;
import dev.needledrop.discogs.model.database.ReleaseStats;
import dev.needledrop.discogs.model.database.SearchResult;
import dev.needledrop.discogs.model.database.SearchType;
import dev.needledrop.discogs.model.database.UserReleaseRating;
import dev.needledrop.discogs.paging.Page;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.paging.Pagination;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.ExchangeRates;
import dev.needledrop.discogs.testkit.ReleaseStatsShape;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.data.TestMasters;
import dev.needledrop.discogs.testkit.data.TestReleases;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.database.NotFound;
import dev.needledrop.discogs.testkit.internal.database.SearchEndpoint;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.listing.ArtistReleaseKeys;
import dev.needledrop.discogs.testkit.internal.listing.Listings;
import dev.needledrop.discogs.testkit.internal.listing.VersionKeys;
import dev.needledrop.discogs.testkit.internal.paging.PageSlice;
import dev.needledrop.discogs.testkit.internal.render.CallerView;
import dev.needledrop.discogs.testkit.internal.search.UserData;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An in-memory {@link DatabaseApi} that behaves like the Discogs stub: seed it with records, call
 * it as a user, an application or anonymously, and it answers and fails as a client over HTTP
 * would.
 *
 * <p>Unknown ids throw {@link dev.needledrop.discogs.error.NotFoundException} with Discogs'
 * messages. A call the view's credentials cannot make (search without credentials, a rating write
 * without a user) throws {@link dev.needledrop.discogs.error.CredentialsRequiredException} before
 * anything happens, as the HTTP adapter does; a rating write for another user throws {@link
 * dev.needledrop.discogs.error.ForbiddenException}. Pages count from 1, hold 1 to 100 items, and
 * are empty past the end. Anonymous callers get images with blank URLs. Search is the stub's own,
 * over results derived from the held records.
 *
 * <p>Lowest prices are converted to the currency asked for (for masters, the fake's currency) with
 * the stub's fixed {@link ExchangeRates}, rounded to that currency's decimals; a price asked for in
 * the currency it was seeded in keeps its exact amount. Free texts are never re-rendered. All views
 * of one fake ({@link #asUser}, {@link #asAnonymous}, {@link #asApplication}) share its records.
 * Thread-safe.
 */
public final class InMemoryDatabase implements DatabaseApi, DatabaseSeeder {

  private final FakeCatalogue catalogue;
  private final Caller caller;
  private final Currency currency;
  private final ReleaseStatsShape statsShape;
  private final AtomicInteger calls;
  private final FakeFailures failures;

  private InMemoryDatabase(
      FakeCatalogue catalogue,
      Caller caller,
      Currency currency,
      ReleaseStatsShape statsShape,
      AtomicInteger calls,
      FakeFailures failures) {
    this.catalogue = catalogue;
    this.caller = caller;
    this.currency = currency;
    this.statsShape = statsShape;
    this.calls = calls;
    this.failures = failures;
  }

  /** Returns an empty fake called by the user, as with the user's personal token. */
  public static InMemoryDatabase forUser(String username) {
    return builder().build().asUser(username);
  }

  /** Returns an empty fake called by {@value StubDiscogsServer#DEFAULT_USERNAME}. */
  public static InMemoryDatabase create() {
    return forUser(StubDiscogsServer.DEFAULT_USERNAME);
  }

  /** Returns an empty fake called without credentials. */
  public static InMemoryDatabase anonymous() {
    return create().asAnonymous();
  }

  /** Returns an empty fake called by an application's consumer key and secret, with no user. */
  public static InMemoryDatabase forApplication() {
    return create().asApplication();
  }

  /** Returns a builder for a fake with non-default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a view of the same records called by the user. */
  public InMemoryDatabase asUser(String username) {
    Objects.requireNonNull(username, "username");
    return view(Caller.user(username));
  }

  /** Returns a view of the same records called without credentials. */
  public InMemoryDatabase asAnonymous() {
    return view(Caller.anonymous());
  }

  /** Returns a view of the same records called by an application, acting for no user. */
  public InMemoryDatabase asApplication() {
    return view(Caller.application("fake-consumer-key"));
  }

  /** Returns how many database calls this fake and its views have answered. */
  public int callCount() {
    return calls.get();
  }

  /**
   * Returns the failures scripted on this fake and its views: calls matching one throw what a
   * client over HTTP would, with the paths such a client sends (such as {@code /releases/1}).
   */
  public FakeFailures failures() {
    return failures;
  }

  @Override
  public void putRelease(Release release) {
    catalogue.put(release);
  }

  @Override
  public void putMaster(Master master) {
    catalogue.put(master);
  }

  @Override
  public void putArtist(Artist artist) {
    catalogue.put(artist);
  }

  @Override
  public void putLabel(Label label) {
    catalogue.put(label);
  }

  @Override
  public void addArtistRelease(ArtistId artist, ArtistRelease entry) {
    catalogue.add(artist.value(), entry);
  }

  @Override
  public void addLabelRelease(LabelId label, LabelRelease entry) {
    catalogue.add(label.value(), entry);
  }

  @Override
  public void addMasterVersion(MasterId master, MasterVersion version) {
    catalogue.add(master.value(), version);
  }

  @Override
  public void addSearchResult(SearchResult result) {
    catalogue.add(result);
  }

  @Override
  public void putUserRating(ReleaseId release, Username user, int stars) {
    if (stars < 0 || stars > 5) {
      throw new IllegalArgumentException("rating must be from 0 to 5, but was " + stars);
    }
    catalogue.rate(release.value(), user.value(), stars);
  }

  @Override
  public Release release(ReleaseId id) {
    DatabaseAccess.RELEASE.check(caller.accessLevel());
    return release(id, currency);
  }

  @Override
  public Release release(ReleaseId id, Currency asked) {
    DatabaseAccess.RELEASE.check(caller.accessLevel());
    enter("GET", "/releases/" + id);
    requireDiscogsCurrency(asked, id);
    Release release = findRelease(id);
    Release priced =
        release
            .lowestPrice()
            .map(
                price ->
                    TestReleases.from(release).lowestPrice(ExchangeRates.convert(price, asked)))
            .map(TestReleases.Builder::build)
            .orElse(release);
    return Withholding.release(priced, caller);
  }

  @Override
  public CommunityRating communityRating(ReleaseId id) {
    DatabaseAccess.COMMUNITY_RATING.check(caller.accessLevel());
    enter("GET", "/releases/" + id + "/rating");
    return new CommunityRating(id, findRelease(id).community().rating());
  }

  @Override
  public UserReleaseRating userRating(ReleaseId id, Username username) {
    DatabaseAccess.USER_RATING.check(caller.accessLevel());
    enter("GET", ratingPath(id, username));
    findRelease(id);
    return new UserReleaseRating(id, username, catalogue.rating(id.value(), username.value()));
  }

  @Override
  public UserReleaseRating rateRelease(ReleaseId id, Username username, ReleaseRating rating) {
    DatabaseAccess.RATE_RELEASE.check(caller.accessLevel());
    enter("PUT", ratingPath(id, username));
    requireOwner("PUT", id, username);
    findRelease(id);
    catalogue.rate(id.value(), username.value(), rating.stars());
    failures.afterWrite("PUT", ratingPath(id, username));
    return new UserReleaseRating(id, username, rating.stars());
  }

  @Override
  public void deleteReleaseRating(ReleaseId id, Username username) {
    DatabaseAccess.DELETE_RELEASE_RATING.check(caller.accessLevel());
    enter("DELETE", ratingPath(id, username));
    requireOwner("DELETE", id, username);
    findRelease(id);
    catalogue.rate(id.value(), username.value(), 0);
    failures.afterWrite("DELETE", ratingPath(id, username));
  }

  @Override
  public ReleaseStats releaseStats(ReleaseId id) {
    DatabaseAccess.RELEASE_STATS.check(caller.accessLevel());
    enter("GET", "/releases/" + id + "/stats");
    Release release = findRelease(id);
    if (statsShape == ReleaseStatsShape.DOCUMENTED) {
      return new ReleaseStats(
          OptionalInt.of(release.community().have()),
          OptionalInt.of(release.community().want()),
          Optional.empty());
    }
    return new ReleaseStats(
        OptionalInt.empty(), OptionalInt.empty(), Optional.of(release.offensive().orElse(false)));
  }

  @Override
  public Master master(MasterId id) {
    DatabaseAccess.MASTER.check(caller.accessLevel());
    enter("GET", "/masters/" + id);
    Master master =
        catalogue
            .master(id.value())
            .orElseThrow(() -> Failures.notFound("/masters/" + id, NotFound.MASTER));
    // Discogs prices a master in the currency the client asks for, its configured one.
    Master priced =
        master
            .lowestPrice()
            .map(
                price ->
                    TestMasters.from(master).lowestPrice(ExchangeRates.convert(price, currency)))
            .map(TestMasters.Builder::build)
            .orElse(master);
    return Withholding.master(priced, caller);
  }

  @Override
  public Page<MasterVersion> masterVersions(
      MasterId id, MasterVersionsQuery query, PageRequest page) {
    DatabaseAccess.MASTER_VERSIONS.check(caller.accessLevel());
    enter("GET", "/masters/" + id + "/versions");
    List<MasterVersion> versions =
        catalogue
            .masterVersions(id.value())
            .orElseThrow(() -> Failures.notFound("/masters/" + id + "/versions", NotFound.MASTER));
    List<MasterVersion> selected = Listings.selectVersions(versions, InMemoryDatabase::keys, query);
    return page(selected, page, version -> Withholding.version(version, caller));
  }

  @Override
  public Artist artist(ArtistId id) {
    DatabaseAccess.ARTIST.check(caller.accessLevel());
    enter("GET", "/artists/" + id);
    Artist artist =
        catalogue
            .artist(id.value())
            .orElseThrow(() -> Failures.notFound("/artists/" + id, NotFound.ARTIST));
    return Withholding.artist(artist, caller);
  }

  @Override
  public Page<ArtistRelease> artistReleases(
      ArtistId id, Optional<Sort<ArtistReleaseSort>> sort, PageRequest page) {
    DatabaseAccess.ARTIST_RELEASES.check(caller.accessLevel());
    enter("GET", "/artists/" + id + "/releases");
    List<ArtistRelease> entries =
        catalogue
            .artistReleases(id.value())
            .orElseThrow(() -> Failures.notFound("/artists/" + id + "/releases", NotFound.ARTIST));
    List<ArtistRelease> sorted = Listings.sortArtistReleases(entries, InMemoryDatabase::keys, sort);
    return page(sorted, page, entry -> Withholding.entry(entry, caller));
  }

  @Override
  public Label label(LabelId id) {
    DatabaseAccess.LABEL.check(caller.accessLevel());
    enter("GET", "/labels/" + id);
    Label label =
        catalogue
            .label(id.value())
            .orElseThrow(() -> Failures.notFound("/labels/" + id, NotFound.LABEL));
    return Withholding.label(label, caller);
  }

  @Override
  public Page<LabelRelease> labelReleases(LabelId id, PageRequest page) {
    DatabaseAccess.LABEL_RELEASES.check(caller.accessLevel());
    enter("GET", "/labels/" + id + "/releases");
    List<LabelRelease> entries =
        catalogue
            .labelReleases(id.value())
            .orElseThrow(() -> Failures.notFound("/labels/" + id + "/releases", NotFound.LABEL));
    return page(entries, page, entry -> Withholding.entry(entry, caller));
  }

  @Override
  public Page<SearchResult> search(SearchQuery query, PageRequest page) {
    DatabaseAccess.SEARCH.check(caller.accessLevel());
    enter("GET", "/database/search");
    requireKnownType(query);
    List<ObjectNode> found = FakeSearch.find(catalogue, query);
    for (ObjectNode result : found) {
      if (caller.isUser()) {
        UserData.addIfMissing(result);
      } else {
        CallerView.dropUserData(result);
      }
    }
    return page(found, page, SearchResultReader::read);
  }

  private static void requireKnownType(SearchQuery query) {
    Optional<String> type = query.value(SearchQuery.Field.TYPE);
    if (type.isPresent() && SearchType.fromWire(type.get()).isEmpty()) {
      throw Failures.of("GET", "/database/search", 422, SearchEndpoint.INVALID_TYPE);
    }
  }

  /** Returns a held release as seeded, without counting a call; for the other fakes. */
  Optional<Release> heldRelease(long id) {
    return catalogue.release(id);
  }

  private void enter(String method, String path) {
    calls.incrementAndGet();
    failures.beforeCall(method, path);
  }

  private static String ratingPath(ReleaseId id, Username username) {
    return "/releases/" + id + "/rating/" + QueryString.encode(username.value());
  }

  private InMemoryDatabase view(Caller viewer) {
    return new InMemoryDatabase(catalogue, viewer, currency, statsShape, calls, failures);
  }

  private Release findRelease(ReleaseId id) {
    return catalogue
        .release(id.value())
        .orElseThrow(() -> Failures.notFound("/releases/" + id, NotFound.RELEASE));
  }

  // Only users get here (DatabaseAccess): another user than the owner is refused as on Discogs.
  private void requireOwner(String method, ReleaseId id, Username owner) {
    String path = ratingPath(id, owner);
    if (!caller.username().orElseThrow().equals(owner.value())) {
      throw Failures.of(method, path, 403, ApiError.NO_PERMISSION);
    }
  }

  private static void requireDiscogsCurrency(Currency asked, ReleaseId id) {
    if (!asked.isDiscogsCurrency()) {
      String codes =
          Currency.discogsCurrencies().stream()
              .map(Currency::code)
              .collect(Collectors.joining(", "));
      throw Failures.of(
          "GET", "/releases/" + id, 422, "Invalid curr_abbr: expected one of " + codes + ".");
    }
  }

  private static <T, R> Page<R> page(List<T> all, PageRequest request, Function<T, R> view) {
    PageSlice slice = new PageSlice(request.page(), request.perPage(), all.size());
    Pagination pagination =
        new Pagination(slice.page(), slice.pages(), slice.perPage(), slice.items());
    return new Page<>(slice.cut(all).stream().map(view).toList(), pagination);
  }

  private static VersionKeys keys(MasterVersion version) {
    return new VersionKeys(
        version.released().raw(),
        version.title(),
        version.format(),
        version.majorFormats(),
        version.label(),
        version.catno(),
        version.country());
  }

  private static ArtistReleaseKeys keys(ArtistRelease entry) {
    return new ArtistReleaseKeys(entry.year().orElse(0), entry.title(), entry.format());
  }

  /** Builds an {@link InMemoryDatabase}. */
  public static final class Builder {

    private Currency currency = Currency.USD;
    private ReleaseStatsShape statsShape = ReleaseStatsShape.OBSERVED;

    private Builder() {}

    /** Sets the currency prices are labelled with when none is asked for; US dollars. */
    public Builder currency(Currency value) {
      this.currency = Objects.requireNonNull(value, "currency").requireDiscogsCurrency();
      return this;
    }

    /** Sets the shape of release stats; what Discogs sends today by default. */
    public Builder releaseStatsShape(ReleaseStatsShape shape) {
      this.statsShape = Objects.requireNonNull(shape, "shape");
      return this;
    }

    /** Builds an empty fake called by {@value StubDiscogsServer#DEFAULT_USERNAME}. */
    public InMemoryDatabase build() {
      return new InMemoryDatabase(
          new FakeCatalogue(),
          Caller.user(StubDiscogsServer.DEFAULT_USERNAME),
          currency,
          statsShape,
          new AtomicInteger(),
          new FakeFailures());
    }
  }
}
