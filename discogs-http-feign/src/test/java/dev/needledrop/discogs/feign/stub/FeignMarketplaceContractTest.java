package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.MarketplaceSeeder;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import dev.needledrop.discogs.testkit.contract.MarketplaceApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Marketplace contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignMarketplaceContractTest extends MarketplaceApiContract {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private StubUserClients clients;

  @BeforeEach
  void connect() {
    clients = new StubUserClients(stub.server());
  }

  @AfterEach
  void disconnect() {
    clients.close();
  }

  @Override
  protected MarketplaceApi marketplaceAs(String username) {
    return clients.as(username).marketplace();
  }

  @Override
  protected MarketplaceApi anonymousMarketplace() {
    return clients.anonymous().marketplace();
  }

  @Override
  protected MarketplaceSeeder seeder() {
    return stub.server().marketplace();
  }

  @Override
  protected DatabaseSeeder releases() {
    return stub.server().catalogue();
  }

  @Override
  protected UsersApi usersAs(String username) {
    return clients.as(username).users();
  }
}
