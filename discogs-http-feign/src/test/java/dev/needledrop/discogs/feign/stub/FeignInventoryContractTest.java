package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.contract.InventoryApiContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Inventory contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignInventoryContractTest extends InventoryApiContract {

  @RegisterExtension static final StubClientsExtension stub = StubClientsExtension.create();

  @Override
  protected InventoryApi inventoryAs(String username) {
    return stub.as(username).inventory();
  }

  @Override
  protected InventoryApi anonymousInventory() {
    return stub.anonymous().inventory();
  }

  @Override
  protected MarketplaceApi marketplaceAs(String username) {
    return stub.as(username).marketplace();
  }

  @Override
  protected DatabaseSeeder releases() {
    return stub.server().catalogue();
  }
}
