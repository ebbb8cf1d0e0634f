package dev.needledrop.discogs.testkit.fake;

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
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.userdata.Instance;
import dev.needledrop.discogs.testkit.internal.userdata.UserLedger;
import dev.needledrop.discogs.testkit.internal.userdata.WantEntry;
import dev.needledrop.discogs.testkit.internal.userdata.Worth;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

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

  private InMemoryUserData(FakeContext context, InMemoryDatabase database) {
    this.context = context;
    this.database = database;
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
    seed(() -> ledger().setCollectionPublic(user.value(), isPublic));
  }

  @Override
  public void setWantlistPublic(Username user, boolean isPublic) {
    seed(() -> ledger().setWantlistPublic(user.value(), isPublic));
  }

  @Override
  public void putFolder(Username user, Folder folder) {
    seed(() -> ledger().putFolder(user.value(), folder.id().value(), folder.name()));
  }

  @Override
  public void putCollectionItem(Username user, CollectionItem item) {
    Map<Long, String> notes = new LinkedHashMap<>();
    item.notes().forEach(note -> notes.put(note.fieldId().value(), note.value()));
    Instance<BasicInformation> copy =
        new Instance<>(
            item.instanceId().value(),
            item.releaseId().value(),
            item.folderId().value(),
            item.rating(),
            item.dateAdded().map(Object::toString).orElse(""),
            item.release(),
            notes);
    seed(() -> ledger().putInstance(user.value(), copy));
  }

  @Override
  public void putField(Username user, CustomField field) {
    seed(() -> ledger().putField(user.value(), field));
  }

  @Override
  public void putCollectionValue(
      Username user, BigDecimal minimum, BigDecimal median, BigDecimal maximum) {
    seed(() -> ledger().putWorth(user.value(), new Worth(minimum, median, maximum)));
  }

  @Override
  public void putWant(Username user, Want want) {
    WantEntry<BasicInformation> entry =
        new WantEntry<>(
            want.releaseId().value(),
            want.rating(),
            want.notes(),
            want.notesPublic(),
            want.dateAdded().map(Object::toString).orElse(""),
            want.release());
    seed(() -> ledger().putWant(user.value(), entry));
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

  private UserLedger<BasicInformation> ledger() {
    return context.data().ledger();
  }

  private InMemoryUserData view(Caller caller) {
    FakeContext viewed =
        new FakeContext(
            context.data(), caller, context.currency(), context.calls(), context.releases());
    return new InMemoryUserData(viewed, database);
  }

  // The data refuses an unknown user as the API would, with a 404; seeding reports it plainly.
  private static void seed(Runnable change) {
    try {
      change.run();
    } catch (ApiError refused) {
      throw new IllegalArgumentException("cannot seed: " + refused.getMessage(), refused);
    }
  }
}
