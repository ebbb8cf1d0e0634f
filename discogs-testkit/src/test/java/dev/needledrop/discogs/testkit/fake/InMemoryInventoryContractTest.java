package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.api.InventoryApi;
import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.contract.InventoryApiContract;

class InMemoryInventoryContractTest extends InventoryApiContract {

  private final InMemoryDatabase database = InMemoryDatabase.create();
  private final InMemoryMarketplace fake = InMemoryMarketplace.over(database);

  @Override
  protected InventoryApi inventoryAs(String username) {
    return fake.asUser(username).inventory();
  }

  @Override
  protected InventoryApi anonymousInventory() {
    return fake.asAnonymous().inventory();
  }

  @Override
  protected MarketplaceApi marketplaceAs(String username) {
    return fake.asUser(username);
  }

  @Override
  protected DatabaseSeeder releases() {
    return database;
  }
}
