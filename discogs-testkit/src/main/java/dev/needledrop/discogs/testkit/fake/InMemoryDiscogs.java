package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole {@link Discogs} client in memory: the {@link InMemoryDatabase}, the user-data fakes of
 * one {@link InMemoryUserData}, an {@link InMemoryMarketplace} with its inventory, and {@link
 * InMemoryImages}, called by the same caller, sharing their records, so that a release seeded in
 * the database can be added to a collection or listed for sale, and sellers price listings in their
 * profile's currency. Views made with {@link #asUser}, {@link #asAnonymous} and {@link
 * #asApplication} share everything. It reports no rate limits and closing it does nothing.
 * Thread-safe.
 */
public final class InMemoryDiscogs implements Discogs {

  private final InMemoryDatabase database;
  private final InMemoryUserData userData;
  private final InMemoryMarketplace marketplace;
  private final InMemoryImages images;

  private InMemoryDiscogs(
      InMemoryDatabase database,
      InMemoryUserData userData,
      InMemoryMarketplace marketplace,
      InMemoryImages images) {
    this.database = database;
    this.userData = userData;
    this.marketplace = marketplace;
    this.images = images;
  }

  /** Returns an empty client called by {@value StubDiscogsServer#DEFAULT_USERNAME}. */
  public static InMemoryDiscogs create() {
    InMemoryDatabase database = InMemoryDatabase.create();
    InMemoryUserData userData = InMemoryUserData.over(database);
    InMemoryMarketplace marketplace =
        InMemoryMarketplace.builder()
            .releases(database)
            .sellerCurrencies(userData::sellerCurrency)
            .build();
    return new InMemoryDiscogs(database, userData, marketplace, new InMemoryImages());
  }

  /** Returns a view of the same records called by the user. */
  public InMemoryDiscogs asUser(String username) {
    Objects.requireNonNull(username, "username");
    return new InMemoryDiscogs(
        database.asUser(username), userData.asUser(username), marketplace.asUser(username), images);
  }

  /** Returns a view of the same records called without credentials. */
  public InMemoryDiscogs asAnonymous() {
    return new InMemoryDiscogs(
        database.asAnonymous(), userData.asAnonymous(), marketplace.asAnonymous(), images);
  }

  /** Returns a view of the same records called by an application, acting for no user. */
  public InMemoryDiscogs asApplication() {
    return new InMemoryDiscogs(
        database.asApplication(), userData.asApplication(), marketplace.asApplication(), images);
  }

  /** Returns the user data, to seed it or to reach the user fakes as this view's caller. */
  public InMemoryUserData userData() {
    return userData;
  }

  @Override
  public InMemoryDatabase database() {
    return database;
  }

  @Override
  public InMemoryMarketplace marketplace() {
    return marketplace;
  }

  @Override
  public InMemoryInventory inventory() {
    return marketplace.inventory();
  }

  /** Returns the image fetcher; seed it with {@link InMemoryImages#put}. */
  @Override
  public InMemoryImages images() {
    return images;
  }

  @Override
  public InMemoryUsers users() {
    return userData.users();
  }

  @Override
  public InMemoryCollection collection() {
    return userData.collection();
  }

  @Override
  public InMemoryWantlist wantlist() {
    return userData.wantlist();
  }

  @Override
  public InMemoryLists lists() {
    return userData.lists();
  }

  @Override
  public Optional<RateLimitSnapshot> lastRateLimit() {
    return Optional.empty();
  }

  @Override
  public void close() {}

  @Override
  public String toString() {
    return "InMemoryDiscogs";
  }
}
