package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.TextFormat;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.feign.Slf4jCallListener;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Discogs one run talks to: the real API, another server, or a stub the run started and stops
 * on {@link #close()}. Clients are made on first use. Not thread-safe: one run, one thread.
 */
final class Connection implements AutoCloseable {

  private final Optional<StubDiscogsServer> stub;
  private final DiscogsConfig config;
  private final String source;
  private final String advice;
  private Discogs discogs;
  private RawDiscogs raw;

  private Connection(
      Optional<StubDiscogsServer> stub, DiscogsConfig config, String source, String advice) {
    this.stub = stub;
    this.config = config;
    this.source = source;
    this.advice = advice;
  }

  /**
   * Connects to the given or default base URL with the first credentials found: the personal token
   * of {@value Environment#TOKEN}, else the login {@code discogs login} saved for that URL, else
   * none.
   *
   * @throws IllegalArgumentException or IllegalStateException when the settings or the credentials
   *     cannot make a configuration, such as a token to be sent over plain http to another host, or
   *     a saved login that cannot be read
   */
  static Connection toServer(Settings settings, Environment environment) {
    URI baseUrl = settings.baseUrl().orElse(DiscogsConfig.DEFAULT_BASE_URL);
    if (environment.isBlank(Environment.TOKEN)) {
      throw new IllegalArgumentException(
          Environment.TOKEN + " is set but blank: set it to a personal access token, or unset it");
    }
    Optional<String> token = environment.variable(Environment.TOKEN);
    Optional<Path> file = LoginFile.location(environment);
    Optional<SavedLogin> anySaved =
        token.isPresent() ? Optional.empty() : file.flatMap(LoginFile::read);
    Optional<SavedLogin> saved = anySaved.filter(login -> login.isFor(baseUrl));
    Credentials credentials =
        token
            .<Credentials>map(PersonalAccessToken::of)
            .or(() -> saved.map(SavedLogin::credentials))
            .orElse(Credentials.none());
    String source =
        token.isPresent()
            ? "the personal token in " + Environment.TOKEN
            : saved.map(login -> "the login saved in " + file.orElseThrow()).orElse("none");
    String advice =
        token.isPresent()
            ? "Discogs refused the personal token in "
                + Environment.TOKEN
                + "; set it to a valid token, or unset it to use the saved login"
            : saved.isPresent()
                ? "the login saved in "
                    + file.orElseThrow()
                    + " was refused; run 'discogs login' again, or set "
                    + Environment.TOKEN
                : anySaved
                    .map(other -> otherServer(other, file.orElseThrow(), baseUrl))
                    .orElse(Failure.HOW_TO_LOG_IN);
    DiscogsConfig.Builder config =
        DiscogsConfig.builder(Version.userAgent()).baseUrl(baseUrl).credentials(credentials);
    return new Connection(Optional.empty(), resilience(config, settings).build(), source, advice);
  }

  // A login is saved, but for another API: say so, or the user wonders why it is not used.
  private static String otherServer(SavedLogin other, Path file, URI baseUrl) {
    return "the login saved in "
        + file
        + " is for "
        + other.baseUrl()
        + ", not "
        + baseUrl
        + "; give --base-url "
        + other.baseUrl()
        + " to use it, run 'discogs login' for this server, or set "
        + Environment.TOKEN;
  }

  /**
   * Starts a stub seeded with the standard catalogue and connects to it with the token of the user
   * {@code --stub-user} names, {@value StubUsers#DEFAULT} by default.
   */
  static Connection toStub(Settings settings) {
    String token = StubUsers.token(settings.stubUser().orElse(StubUsers.DEFAULT));
    StubDiscogsServer server = StubDiscogsServer.start();
    try {
      DiscogsConfig.Builder builder =
          DiscogsConfig.builder(Version.userAgent())
              .baseUrl(server.baseUrl())
              .credentials(PersonalAccessToken.of(token));
      DiscogsConfig config = resilience(builder, settings).build();
      return new Connection(
          Optional.of(server), config, "the stub's token of its user", Failure.HOW_TO_LOG_IN);
    } catch (RuntimeException refused) {
      server.close();
      throw refused;
    }
  }

  // Retries and waits are logged, so that -v explains a pause; quiet runs show warnings only.
  private static DiscogsConfig.Builder resilience(DiscogsConfig.Builder config, Settings settings) {
    config.callListener(new Slf4jCallListener());
    return settings.noRetry() ? config.retryPolicy(RetryPolicy.none()) : config;
  }

  /** Returns the API's base URL: the stub's with {@code --stub}. */
  URI baseUrl() {
    return config.baseUrl();
  }

  /** Returns the stub this run started, if any. */
  Optional<StubDiscogsServer> stub() {
    return stub;
  }

  /** Returns the configuration the clients are made from. */
  DiscogsConfig config() {
    return config;
  }

  /** Tells where the credentials come from, for people: none, the token variable, a saved login. */
  String credentialsSource() {
    return source;
  }

  /** Says how to fix credentials that are missing or refused, given where they came from. */
  String credentialsAdvice() {
    return advice;
  }

  /** Returns the typed client, asking for free text as plain text, which reads best. */
  Discogs discogs() {
    if (discogs == null) {
      discogs = FeignDiscogs.create(config.toBuilder().textFormat(TextFormat.PLAINTEXT).build());
    }
    return discogs;
  }

  /** Returns the raw client, for {@code --json}: the JSON stays as Discogs sends it by default. */
  RawDiscogs raw() {
    if (raw == null) {
      raw = FeignDiscogs.raw(config);
    }
    return raw;
  }

  /** Closes the clients, then stops the stub if this connection started one. */
  @Override
  public void close() {
    if (discogs != null) {
      discogs.close();
    }
    if (raw != null) {
      raw.close();
    }
    stub.ifPresent(StubDiscogsServer::close);
  }
}
