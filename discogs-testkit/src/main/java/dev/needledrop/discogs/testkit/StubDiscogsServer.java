package dev.needledrop.discogs.testkit;

import com.sun.net.httpserver.HttpServer;
import dev.needledrop.discogs.SharedRateLimiters;
import dev.needledrop.discogs.testkit.internal.auth.Accounts;
import dev.needledrop.discogs.testkit.internal.auth.CredentialResolver;
import dev.needledrop.discogs.testkit.internal.catalogue.CatalogueStore;
import dev.needledrop.discogs.testkit.internal.catalogue.StandardCatalogue;
import dev.needledrop.discogs.testkit.internal.catalogue.StatsShape;
import dev.needledrop.discogs.testkit.internal.database.DatabaseRoutes;
import dev.needledrop.discogs.testkit.internal.fault.FaultQueue;
import dev.needledrop.discogs.testkit.internal.fault.Faults;
import dev.needledrop.discogs.testkit.internal.fault.SilentExchanges;
import dev.needledrop.discogs.testkit.internal.http.Received;
import dev.needledrop.discogs.testkit.internal.http.StubHandler;
import dev.needledrop.discogs.testkit.internal.http.StubPipeline;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.images.ImageStore;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.market.Market;
import dev.needledrop.discogs.testkit.internal.market.MarketRoutes;
import dev.needledrop.discogs.testkit.internal.market.StandardMarket;
import dev.needledrop.discogs.testkit.internal.net.ConnectionGate;
import dev.needledrop.discogs.testkit.internal.oauthserver.OAuthService;
import dev.needledrop.discogs.testkit.internal.oauthserver.OAuthStore;
import dev.needledrop.discogs.testkit.internal.ratelimit.RateWindow;
import dev.needledrop.discogs.testkit.internal.render.NameLookup;
import dev.needledrop.discogs.testkit.internal.render.Renderer;
import dev.needledrop.discogs.testkit.internal.routing.Access;
import dev.needledrop.discogs.testkit.internal.routing.Router;
import dev.needledrop.discogs.testkit.internal.users.StandardUserData;
import dev.needledrop.discogs.testkit.internal.users.UserDataRoutes;
import dev.needledrop.discogs.testkit.internal.users.UserDataStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server on 127.0.0.1 that behaves like the Discogs API, for tests.
 *
 * <p>It checks the User-Agent, resolves Discogs credentials (header or query), counts requests in
 * Discogs' moving rate-limit window, routes to the Database, user (identity, profiles, collections,
 * wantlists, lists), Marketplace and Inventory endpoints and to the images it issued, enforces who
 * may call them, and answers with Discogs' shapes, headers and error messages. It serves a {@link
 * #catalogue()}, {@link #userData()} and a {@link #marketplace()} seeded by default with responses
 * recorded from Discogs, applies writes to them, and keeps each user's data as private as Discogs
 * does; every URL it emits points back at the server itself. It records every request and every
 * write it applied, can answer with {@linkplain #enqueue canned answers}, and misbehaves on purpose
 * when {@linkplain #inject faults} are scripted: 429s, server errors, HTML pages, empty or cut
 * bodies, slow or missing answers, reset connections. The rate-limit window follows a selectable
 * {@link RateWindowRule} and may be shared with a simulated second consumer. Clients reach it
 * through a relay that counts their {@linkplain #acceptedConnections accepted} and {@linkplain
 * #openConnections open connections}. While it runs, the shared rate limiters of this JVM's clients
 * (those without a limiter of their own) pace to its limits and window ({@link
 * SharedRateLimiters#declare}). Thread-safe; close it to stop the server and its threads.
 *
 * <p>Known users: {@value #DEFAULT_USERNAME} (token {@value #USER_TOKEN}), {@code other_user}
 * (token {@value #OTHER_USER_TOKEN}) and {@value #SELLER_USERNAME}, the seller of the recorded
 * listings and orders (token {@value #SELLER_TOKEN}); more can be {@linkplain #addUser added}. The
 * application {@value #CONSUMER_KEY} / {@value #CONSUMER_SECRET}, whose OAuth access token {@value
 * #OAUTH_TOKEN} / {@value #OAUTH_TOKEN_SECRET} acts for {@value #DEFAULT_USERNAME}. The whole OAuth
 * 1.0a flow runs against it, with hooks standing in for the user: see {@link #oauth()}.
 */
public final class StubDiscogsServer implements AutoCloseable {

  /** The personal token of {@link #DEFAULT_USERNAME}. */
  public static final String USER_TOKEN = "stub-user-token";

  /** The personal token of {@link #OTHER_USERNAME}. */
  public static final String OTHER_USER_TOKEN = "stub-other-token";

  /** The consumer key of the known application. */
  public static final String CONSUMER_KEY = "stub-consumer-key";

  /** The consumer secret of the known application. */
  public static final String CONSUMER_SECRET = "stub-consumer-secret";

  /** The user {@link #USER_TOKEN} acts as. */
  public static final String DEFAULT_USERNAME = "example_user";

  /** The user {@link #OTHER_USER_TOKEN} acts as. */
  public static final String OTHER_USERNAME = "other_user";

  /** The personal token of {@link #SELLER_USERNAME}. */
  public static final String SELLER_TOKEN = "stub-seller-token";

  /** The seller of the recorded listings and orders, whom {@link #SELLER_TOKEN} acts as. */
  public static final String SELLER_USERNAME = "example_seller";

  /**
   * An OAuth access token the stub issued to the application {@link #CONSUMER_KEY}, acting for
   * {@link #DEFAULT_USERNAME}; sign with it and {@link #OAUTH_TOKEN_SECRET}.
   */
  public static final String OAUTH_TOKEN = "stub-oauth-token";

  /** The secret of {@link #OAUTH_TOKEN}. */
  public static final String OAUTH_TOKEN_SECRET = "stub-oauth-token-secret";

  private static final String NO_DELAY = "sun.net.httpserver.nodelay";

  static {
    // The JDK's server writes an answer's headers and body separately; with Nagle's algorithm on,
    // the body then waits for the client's delayed acknowledgement, some 40 ms an answer. The
    // setting is read once, when the JDK's server is first used in the JVM.
    if (System.getProperty(NO_DELAY) == null) {
      System.setProperty(NO_DELAY, "true");
    }
  }

  private final HttpServer server;
  private final ConnectionGate gate;
  private final ExecutorService executor;
  private final URI baseUrl;
  private final StubCatalogue catalogue;
  private final StubUserData userData;
  private final UserDataStore users;
  private final Accounts accounts;
  private final OAuthService oauth;
  private final Market market;
  private final StubMarketplace marketplace;
  private final ImageStore images;
  private final RateWindow rateWindow;
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final Queue<StubResponse> answers = new ConcurrentLinkedQueue<>();
  private final List<RecordedRequest> appliedWrites = new CopyOnWriteArrayList<>();
  private final FaultQueue faults = new FaultQueue();
  private final SilentExchanges silence = new SilentExchanges();
  private final AtomicBoolean closed = new AtomicBoolean();

  private StubDiscogsServer(Builder builder) {
    this.server = bind(0);
    this.gate = ConnectionGate.open(builder.port, server.getAddress());
    this.baseUrl = URI.create("http://127.0.0.1:" + gate.port());
    CatalogueStore store = new CatalogueStore();
    if (builder.standardCatalogue) {
      StandardCatalogue.load(store);
    }
    this.catalogue = new StubCatalogue(store);
    this.users = users(builder, store);
    this.userData = new StubUserData(users);
    this.accounts = builder.accounts();
    this.oauth = new OAuthService(new OAuthStore(builder.clock, accounts::consumerSecret));
    oauth.store().grant(CONSUMER_KEY, DEFAULT_USERNAME, OAUTH_TOKEN, OAUTH_TOKEN_SECRET);
    this.market =
        new Market(
            builder.clock,
            store::release,
            accounts::hasUser,
            this::sellerCurrency,
            builder.exportReadsUntilDone);
    if (builder.standardCatalogue) {
      StandardMarket.load(market);
    }
    this.marketplace = new StubMarketplace(market);
    this.images = new ImageStore(baseUrl);
    this.rateWindow =
        new RateWindow(
            builder.authenticatedLimit,
            builder.anonymousLimit,
            builder.window,
            builder.clock,
            builder.windowRule,
            builder.foreignLoad);
    this.executor = Executors.newFixedThreadPool(builder.threads, new StubThreads());
    server.setExecutor(executor);
    server.createContext("/", new StubHandler(pipeline(builder, store)));
    // Clients in this JVM pace to this stub's window, and forget any earlier server on this port.
    SharedRateLimiters.declare(
        baseUrl,
        new SharedRateLimiters.ServerRules(
            builder.authenticatedLimit, builder.anonymousLimit, builder.window));
    server.start();
  }

  /** Returns a builder for a server with non-default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a server with every default: standard catalogue, ephemeral port, Discogs limits. */
  public static StubDiscogsServer start() {
    return builder().start();
  }

  /** Returns the server's base URL, such as {@code http://127.0.0.1:53211}, without a slash. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Returns the port the server listens on. */
  public int port() {
    return baseUrl.getPort();
  }

  /** Returns the database objects the server answers from; changes take effect at once. */
  public StubCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Returns the users the server knows, with their profiles, collections, wantlists and lists;
   * changes take effect at once.
   */
  public StubUserData userData() {
    return userData;
  }

  /** Returns the marketplace the server answers from; changes take effect at once. */
  public StubMarketplace marketplace() {
    return marketplace;
  }

  /** Returns the images the server serves at signed URLs. */
  public StubImages images() {
    return new StubImages(images);
  }

  /** Returns the OAuth side: consumers, pending request tokens, and approval in a user's place. */
  public StubOAuth oauth() {
    return new StubOAuth(oauth.store(), accounts);
  }

  /**
   * Adds a user with a personal token while the server runs, next to the known ones, and opens the
   * user's profile and collection; a token already given to a user moves to the new one.
   */
  public void addUser(String username, String token) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(token, "token");
    accounts.addUser(username, token);
    users.openUser(username);
  }

  /** Returns every request received so far, in order of arrival. */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** Returns the last request received, if any. */
  public Optional<RecordedRequest> lastRequest() {
    List<RecordedRequest> all = requests();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    requests.clear();
  }

  /**
   * Queues a canned answer: the next request that arrives gets it exactly as given, in place of the
   * stub's own answer and without counting against the rate limit. Answers queue in order.
   */
  public void enqueue(StubResponse response) {
    answers.add(Objects.requireNonNull(response, "response"));
  }

  /** Drops the canned answers not yet sent. */
  public void clearEnqueued() {
    answers.clear();
  }

  /**
   * Forgets every request counted in the rate-limit windows, and the refusals; the shared rate
   * limiters of this JVM's clients of the stub forget what they learnt too, so that a 429 of one
   * test does not hold back the next. {@link StubDiscogsServerExtension} calls it before each test.
   */
  public void resetRateLimits() {
    rateWindow.reset();
    SharedRateLimiters.reset(baseUrl);
  }

  /** Returns how many requests the rate-limit window refused with 429 since the last reset. */
  public long rateLimitRefusals() {
    return rateWindow.refusals();
  }

  /**
   * Scripts a fault: the next requests it applies to get it instead of, or on top of, the stub's
   * answer. Faults apply in the order injected; canned answers come first.
   */
  public void inject(StubFault fault) {
    faults.add(Objects.requireNonNull(fault, "fault").toFault());
  }

  /** Returns how many uses of injected faults remain. */
  public int pendingFaults() {
    return faults.remaining();
  }

  /** Drops the injected faults not yet used. */
  public void clearFaults() {
    faults.clear();
  }

  /**
   * Returns every write an endpoint applied so far, in order: the requests other than GET that it
   * answered with 2xx. A write whose answer a fault spoiled afterwards is in it; one a fault
   * stopped before processing is not.
   */
  public List<RecordedRequest> appliedWrites() {
    return List.copyOf(appliedWrites);
  }

  /** Forgets the applied writes logged so far. */
  public void clearAppliedWrites() {
    appliedWrites.clear();
  }

  /** Returns how many client connections are open to the stub now. */
  public int openConnections() {
    return gate.openConnections();
  }

  /**
   * Returns how many client connections the stub accepted since it started: a client keeping its
   * connections alive opens one for any number of sequential calls.
   */
  public int acceptedConnections() {
    return gate.acceptedConnections();
  }

  /** Stops the server at once, with its threads; requests in progress are cut off. Idempotent. */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    silence.close();
    SharedRateLimiters.withdraw(baseUrl);
    gate.close();
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "StubDiscogsServer[" + baseUrl + "]";
  }

  // A seller the stub holds a profile of sells in its currency; any other in US dollars.
  private String sellerCurrency(String username) {
    return users.usernames().contains(username) ? users.currency(username).code() : "USD";
  }

  private static UserDataStore users(Builder builder, CatalogueStore catalogue) {
    UserDataStore users = new UserDataStore(catalogue, builder.clock);
    if (builder.standardUserData) {
      StandardUserData.load(users);
    }
    builder.users.values().forEach(users::openUser);
    return users;
  }

  private StubPipeline pipeline(Builder builder, CatalogueStore store) {
    Router router = new Router();
    // A test's own endpoints come first, so that they can stand in for a built-in one.
    builder.endpoints.forEach(endpoint -> endpoint.register(router));
    oauth.register(router, DEFAULT_USERNAME, accounts::hasUser);
    DatabaseRoutes.register(router, store, StatsShape.valueOf(builder.statsShape.name()));
    UserDataRoutes.register(router, users);
    MarketRoutes.register(router, market);
    images.register(router);
    NameLookup names = (kind, id) -> store.name(kind.name().toLowerCase(Locale.ROOT), id);
    return new StubPipeline(
        baseUrl,
        router,
        new CredentialResolver(accounts, oauth),
        rateWindow,
        new Renderer(baseUrl, names),
        builder.missingUserAgentStatus,
        this::record,
        () -> Optional.ofNullable(answers.poll()).map(StubResponse::toCannedAnswer),
        new Faults(faults, gate, silence),
        write -> appliedWrites.add(recorded(write)));
  }

  private void record(Received request) {
    requests.add(recorded(request));
  }

  private static RecordedRequest recorded(Received request) {
    return new RecordedRequest(
        request.method(), request.path(), request.rawQuery(), request.headers(), request.body());
  }

  private static HttpServer bind(int port) {
    try {
      InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
      return HttpServer.create(address, 0);
    } catch (IOException cannotBind) {
      throw new UncheckedIOException("the stub could not listen on 127.0.0.1:" + port, cannotBind);
    }
  }

  private static final class StubThreads implements ThreadFactory {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "stub-discogs-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }

  /** An endpoint added by a test, answering through the stub's pipeline. */
  private record CustomEndpoint(String method, String pattern, StubEndpoint endpoint) {

    void register(Router router) {
      router.add(
          method,
          pattern,
          Access.NONE,
          request -> reply(endpoint.answer(request.variables(), request.bodyText())));
    }

    private static StubReply reply(StubResponse response) {
      Map<String, String> headers = new LinkedHashMap<>();
      response.headers().forEach(header -> headers.put(header.getKey(), header.getValue()));
      String body = new String(response.bodyBytes(), StandardCharsets.UTF_8);
      return new StubReply(
          response.statusCode(),
          body.isBlank() ? Optional.empty() : Optional.of(StubJson.parse(body)),
          headers);
    }
  }

  /** Builds and starts a {@link StubDiscogsServer}; every setting has a Discogs-like default. */
  public static final class Builder {

    private int port;
    private int authenticatedLimit = 60;
    private int anonymousLimit = 25;
    private Duration window = Duration.ofSeconds(60);
    private int missingUserAgentStatus = 403;
    private boolean standardCatalogue = true;
    private boolean standardUserData = true;
    private int exportReadsUntilDone = 1;
    private Clock clock = Clock.systemUTC();
    private ReleaseStatsShape statsShape = ReleaseStatsShape.OBSERVED;
    private int threads = 4;
    private RateWindowRule windowRule = RateWindowRule.SLIDING_LOG;
    private int foreignLoad;
    private final Map<String, String> users = new LinkedHashMap<>();
    private final List<CustomEndpoint> endpoints = new ArrayList<>();

    private Builder() {
      users.put(USER_TOKEN, DEFAULT_USERNAME);
      users.put(OTHER_USER_TOKEN, OTHER_USERNAME);
      users.put(SELLER_TOKEN, SELLER_USERNAME);
    }

    /** Listens on the port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, but was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Sets the rate limits: requests allowed per window with any credentials and without, and the
     * window's length; 60 and 25 per 60 seconds by default, as on Discogs. Clients of this JVM
     * using the default shared rate limiter pace to them.
     */
    public Builder rateLimit(int authenticated, int anonymous, Duration window) {
      if (authenticated < 1 || anonymous < 1) {
        throw new IllegalArgumentException("rate limits must be at least 1");
      }
      if (window.isNegative() || window.isZero()) {
        throw new IllegalArgumentException("the rate-limit window must be positive");
      }
      this.authenticatedLimit = authenticated;
      this.anonymousLimit = anonymous;
      this.window = window;
      return this;
    }

    /** Sets the status answered, with an empty body, to requests without a User-Agent; 403. */
    public Builder missingUserAgentStatus(int status) {
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("status must be from 400 to 599, but was " + status);
      }
      this.missingUserAgentStatus = status;
      return this;
    }

    /** Tells whether to seed the catalogue with the recorded Discogs responses; true. */
    public Builder standardCatalogue(boolean load) {
      this.standardCatalogue = load;
      return this;
    }

    /**
     * Tells whether to seed {@value #DEFAULT_USERNAME}'s profile, collection, wantlist, lists and
     * submissions with the recorded Discogs responses; true. Without them every user starts empty.
     */
    public Builder standardUserData(boolean load) {
      this.standardUserData = load;
      return this;
    }

    /**
     * Sets the clock the rate-limit window, new collection copies and OAuth (timestamps, the 15
     * minutes of a request token) read; the system clock.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets the shape of release stats; what Discogs sends today by default. */
    public Builder releaseStatsShape(ReleaseStatsShape shape) {
      this.statsShape = Objects.requireNonNull(shape, "shape");
      return this;
    }

    /** Adds a user with a personal token, next to the two known ones. */
    public Builder user(String username, String token) {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(token, "token");
      users.put(token, username);
      return this;
    }

    /** Sets how the rate-limit window counts; Discogs' moving window by default. */
    public Builder rateWindowRule(RateWindowRule rule) {
      this.windowRule = Objects.requireNonNull(rule, "rule");
      return this;
    }

    /**
     * Simulates a second consumer of every caller's budget, as another process on the same address
     * would be: it sends the given number of requests per window, evenly spread, from one window
     * before the caller's first request; 0 (none) by default.
     */
    public Builder foreignLoad(int requestsPerWindow) {
      if (requestsPerWindow < 0) {
        throw new IllegalArgumentException(
            "foreign load must not be negative, but was " + requestsPerWindow);
      }
      this.foreignLoad = requestsPerWindow;
      return this;
    }

    /**
     * Adds an endpoint the stub does not model, such as {@code route("POST", "/probe/{item_id}",
     * ...)}, or stands in for one of Discogs' own routes, which the endpoint then takes over:
     * variables whose name ends in {@code id} match digits only.
     */
    public Builder route(String method, String pathPattern, StubEndpoint endpoint) {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(pathPattern, "pathPattern");
      Objects.requireNonNull(endpoint, "endpoint");
      if (!pathPattern.startsWith("/")) {
        throw new IllegalArgumentException("a path pattern starts with /, but was " + pathPattern);
      }
      endpoints.add(new CustomEndpoint(method.toUpperCase(Locale.ROOT), pathPattern, endpoint));
      return this;
    }

    /** Sets how many requests are answered at once; 4 by default. */
    public Builder threads(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("threads must be at least 1, but was " + count);
      }
      this.threads = count;
      return this;
    }

    /**
     * Sets how many status reads a requested inventory export stays {@code in progress} for before
     * it succeeds; 1 by default, so that the first read sees it running.
     */
    public Builder exportReadsUntilDone(int reads) {
      if (reads < 1) {
        throw new IllegalArgumentException("reads must be at least 1, but was " + reads);
      }
      this.exportReadsUntilDone = reads;
      return this;
    }

    /** Starts the server. */
    public StubDiscogsServer start() {
      return new StubDiscogsServer(this);
    }

    /** Starts the server; the same as {@link #start()}. */
    public StubDiscogsServer build() {
      return start();
    }

    private Accounts accounts() {
      Accounts accounts = new Accounts();
      users.forEach((token, username) -> accounts.addUser(username, token));
      accounts.addConsumer(CONSUMER_KEY, CONSUMER_SECRET);
      return accounts;
    }
  }
}
