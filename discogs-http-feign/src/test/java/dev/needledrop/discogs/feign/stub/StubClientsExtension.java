package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.FeignDiscogs;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a stub server for a contract test class, as {@link StubDiscogsServerExtension} does, and
 * hands out Feign clients of it, each opened when a test first asks for it and closed after the
 * test. Register it on a static field; the contract suites then only say which client they use.
 */
final class StubClientsExtension
    implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

  private final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();
  private final Map<String, Discogs> opened = new LinkedHashMap<>();

  private StubClientsExtension() {}

  /** Returns an extension running a stub server with default settings. */
  static StubClientsExtension create() {
    return new StubClientsExtension();
  }

  /** Returns the running server. */
  StubDiscogsServer server() {
    return stub.server();
  }

  /** Returns how many requests the server received in this test. */
  int requestCount() {
    return server().requests().size();
  }

  /** Returns a client acting as the stub's default user. */
  Discogs asUser() {
    return client("the default user", PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN));
  }

  /** Returns a client acting as the stub's other user, who owns nothing of the default user's. */
  Discogs asOtherUser() {
    return client("the other user", PersonalAccessToken.of(StubDiscogsServer.OTHER_USER_TOKEN));
  }

  /** Returns a client sending no credentials. */
  Discogs anonymous() {
    return client("nobody", Credentials.none());
  }

  /** Returns a client acting as the user, giving the user a personal token on the stub first. */
  synchronized Discogs as(String username) {
    String key = "user " + username;
    String token = "token-" + username;
    if (!opened.containsKey(key)) {
      server().addUser(username, token);
    }
    return client(key, PersonalAccessToken.of(token));
  }

  private synchronized Discogs client(String key, Credentials credentials) {
    return opened.computeIfAbsent(key, unused -> FeignDiscogs.create(config(credentials)));
  }

  private DiscogsConfig config(Credentials credentials) {
    return DiscogsConfig.builder("NeedledropContractTest/1.0 +https://example.com")
        .baseUrl(server().baseUrl())
        .credentials(credentials)
        .build();
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    stub.beforeAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    stub.beforeEach(context);
  }

  @Override
  public synchronized void afterEach(ExtensionContext context) {
    opened.values().forEach(Discogs::close);
    opened.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stub.afterAll(context);
  }
}
