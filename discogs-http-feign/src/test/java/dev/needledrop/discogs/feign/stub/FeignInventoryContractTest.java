package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import dev.needledrop.discogs.testkit.contract.InventoryApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Inventory contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignInventoryContractTest extends InventoryApiContract {

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
  protected InventoryApi inventoryAs(String username) {
    return clients.as(username).inventory();
  }

  @Override
  protected InventoryApi anonymousInventory() {
    return clients.anonymous().inventory();
  }

  @Override
  protected MarketplaceApi marketplaceAs(String username) {
    return clients.as(username).marketplace();
  }

  @Override
  protected DatabaseSeeder releases() {
    return stub.server().catalogue();
  }
}
