package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Feign clients for a stub server, one per user, each user given a personal token on the stub when
 * first asked for; close them all after each test.
 */
final class StubUserClients implements AutoCloseable {

  private final StubDiscogsServer server;
  private final Map<String, Discogs> users = new LinkedHashMap<>();
  private Discogs anonymous;

  StubUserClients(StubDiscogsServer server) {
    this.server = server;
  }

  /** Returns a client acting as the user, registering the user's token with the stub. */
  synchronized Discogs as(String username) {
    return users.computeIfAbsent(
        username,
        name -> {
          String token = "token-" + name;
          server.addUser(name, token);
          return FeignDiscogs.create(config(PersonalAccessToken.of(token)));
        });
  }

  /** Returns a client sending no credentials. */
  synchronized Discogs anonymous() {
    if (anonymous == null) {
      anonymous = FeignDiscogs.create(config(Credentials.none()));
    }
    return anonymous;
  }

  @Override
  public synchronized void close() {
    users.values().forEach(Discogs::close);
    users.clear();
    if (anonymous != null) {
      anonymous.close();
      anonymous = null;
    }
  }

  private DiscogsConfig config(Credentials credentials) {
    return DiscogsConfig.builder("NeedledropContractTest/1.0 +https://example.com")
        .baseUrl(server.baseUrl())
        .credentials(credentials)
        .build();
  }
}
