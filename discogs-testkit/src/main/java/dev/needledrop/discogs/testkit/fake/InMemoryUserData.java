package dev.needledrop.discogs.testkit.fake;

import static dev.needledrop.discogs.testkit.internal.userdata.LedgerSeeder.seed;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.model.collection.CustomField;
import dev.needledrop.discogs.model.collection.Folder;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.database.Release;
import dev.needledrop.discogs.model.lists.UserList;
import dev.needledrop.discogs.model.user.Submission;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.model.wantlist.Want;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.userdata.LedgerSeeder;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Users' data held in memory, with fakes of the user ports over it ({@link #users()}, {@link
 * #collection()}, {@link #wantlist()}, {@link #lists()}) that behave like the stub server: the same
 * rules, privacy, paging and errors. Seed it with records; views made with {@link #asUser}, {@link
 * #asAnonymous} and {@link #asApplication} share its data.
 *
 * <p>It knows {@value StubDiscogsServer#DEFAULT_USERNAME} and {@value
 * StubDiscogsServer#OTHER_USERNAME} from the start, as new accounts (unlike the stub, it loads no
 * recorded data); {@link #putUser} adds others. Releases added to collections and wantlists are
 * looked up in the {@link InMemoryDatabase} it was made over. Thread-safe.
 *
 * <pre>{@code
 * InMemoryUserData data = InMemoryUserData.create();
 * data.putCollectionItem(Username.of("example_user"), TestCollectionItems.item(1, 42).build());
 * CollectionApi collection = data.collection();
 * }</pre>
 */
public final class InMemoryUserData implements UserDataSeeder {

  private final FakeContext context;
  private final InMemoryDatabase database;
  private final LedgerSeeder<BasicInformation> ledger;

  private InMemoryUserData(FakeContext context, InMemoryDatabase database) {
    this.context = context;
    this.database = database;
    this.ledger = new LedgerSeeder<>(() -> context.data().ledger(), Function.identity());
  }

  /**
   * Returns user data called by {@value StubDiscogsServer#DEFAULT_USERNAME}, over a new database.
   */
  public static InMemoryUserData create() {
    return over(InMemoryDatabase.create());
  }

  /**
   * Returns user data called by {@value StubDiscogsServer#DEFAULT_USERNAME}, taking releases from
   * the database and labelling prices with US dollars.
   */
  public static InMemoryUserData over(InMemoryDatabase database) {
    return over(database, Currency.USD, Clock.systemUTC());
  }

  /**
   * Returns user data over the database, labelling prices with the currency, dated by the clock.
   */
  public static InMemoryUserData over(InMemoryDatabase database, Currency currency, Clock clock) {
    Objects.requireNonNull(database, "database");
    FakeUserData data = new FakeUserData(Objects.requireNonNull(clock, "clock"));
    data.openUser(StubDiscogsServer.DEFAULT_USERNAME);
    data.openUser(StubDiscogsServer.OTHER_USERNAME);
    FakeContext context =
        new FakeContext(
            data,
            Caller.user(StubDiscogsServer.DEFAULT_USERNAME),
            Objects.requireNonNull(currency, "currency").requireDiscogsCurrency(),
            new AtomicInteger(),
            database::heldRelease);
    return new InMemoryUserData(context, database);
  }

  /** Returns a view of the same data called by the user, as with the user's personal token. */
  public InMemoryUserData asUser(String username) {
    return view(Caller.user(Objects.requireNonNull(username, "username")));
  }

  /** Returns a view of the same data called without credentials. */
  public InMemoryUserData asAnonymous() {
    return view(Caller.anonymous());
  }

  /** Returns a view of the same data called by an application, acting for no user. */
  public InMemoryUserData asApplication() {
    return view(Caller.application("fake-consumer-key"));
  }

  /** Returns the database releases are looked up in. */
  public InMemoryDatabase database() {
    return database;
  }

  /** Returns the users section over this data, called as this view's caller. */
  public InMemoryUsers users() {
    return new InMemoryUsers(context);
  }

  /** Returns the collection section over this data, called as this view's caller. */
  public InMemoryCollection collection() {
    return new InMemoryCollection(context);
  }

  /** Returns the wantlist section over this data, called as this view's caller. */
  public InMemoryWantlist wantlist() {
    return new InMemoryWantlist(context);
  }

  /** Returns the lists section over this data, called as this view's caller. */
  public InMemoryLists lists() {
    return new InMemoryLists(context);
  }

  /** Returns how many user-section calls this data's fakes have answered, over all views. */
  public int callCount() {
    return context.calls().get();
  }

  /** Returns the currency the user sells in, as the profile says; US dollars for one not held. */
  Currency sellerCurrency(Username user) {
    return context.data().sellerCurrency(user.value());
  }

  /** Adds a user with the profile a new account starts with; no-op for a known user. */
  public void addUser(String username) {
    context.data().openUser(Objects.requireNonNull(username, "username"));
  }

  @Override
  public void putUser(UserProfile profile) {
    seed(() -> context.data().putProfile(profile));
  }

  @Override
  public void clearUser(Username user) {
    seed(() -> context.data().clearUser(user.value()));
  }

  @Override
  public void setCollectionPublic(Username user, boolean isPublic) {
    ledger.setCollectionPublic(user, isPublic);
  }

  @Override
  public void setWantlistPublic(Username user, boolean isPublic) {
    ledger.setWantlistPublic(user, isPublic);
  }

  @Override
  public void putFolder(Username user, Folder folder) {
    ledger.putFolder(user, folder);
  }

  @Override
  public void putCollectionItem(Username user, CollectionItem item) {
    ledger.putCollectionItem(user, item);
  }

  @Override
  public void putField(Username user, CustomField field) {
    ledger.putField(user, field);
  }

  @Override
  public void putCollectionValue(
      Username user, BigDecimal minimum, BigDecimal median, BigDecimal maximum) {
    ledger.putCollectionValue(user, minimum, median, maximum);
  }

  @Override
  public void putWant(Username user, Want want) {
    ledger.putWant(user, want);
  }

  @Override
  public void putList(Username owner, UserList list) {
    seed(() -> context.data().putList(owner.value(), list));
  }

  @Override
  public void addSubmission(Username user, Submission submission) {
    seed(() -> context.data().addSubmission(user.value(), submission));
  }

  @Override
  public void addContribution(Username user, Release release) {
    seed(() -> context.data().addContribution(user.value(), release));
  }

  private InMemoryUserData view(Caller caller) {
    FakeContext viewed =
        new FakeContext(
            context.data(), caller, context.currency(), context.calls(), context.releases());
    return new InMemoryUserData(viewed, database);
  }
}
