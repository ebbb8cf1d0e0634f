package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.TextFormat;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.feign.RawDiscogs;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.Optional;

/**
 * The Discogs one run talks to: the real API, another server, or a stub the run started and stops
 * on {@link #close()}. Clients are made on first use. Not thread-safe: one run, one thread.
 */
final class Connection implements AutoCloseable {

  private final Optional<StubDiscogsServer> stub;
  private final DiscogsConfig config;
  private Discogs discogs;
  private RawDiscogs raw;

  private Connection(Optional<StubDiscogsServer> stub, DiscogsConfig config) {
    this.stub = stub;
    this.config = config;
  }

  /**
   * Connects to the given or default base URL, with the token of {@value Environment#TOKEN} when it
   * is set.
   *
   * @throws IllegalArgumentException or IllegalStateException when the settings or the token cannot
   *     make a configuration, such as a token to be sent over plain http to another host
   */
  static Connection toServer(Settings settings, Environment environment) {
    Credentials credentials =
        environment
            .variable(Environment.TOKEN)
            .<Credentials>map(PersonalAccessToken::of)
            .orElse(Credentials.none());
    DiscogsConfig.Builder config =
        DiscogsConfig.builder(Version.userAgent()).credentials(credentials);
    settings.baseUrl().ifPresent(config::baseUrl);
    return new Connection(Optional.empty(), retrying(config, settings).build());
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
      DiscogsConfig config = retrying(builder, settings).build();
      return new Connection(Optional.of(server), config);
    } catch (RuntimeException refused) {
      server.close();
      throw refused;
    }
  }

  private static DiscogsConfig.Builder retrying(DiscogsConfig.Builder config, Settings settings) {
    return settings.noRetry() ? config.retryPolicy(RetryPolicy.none()) : config;
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
