package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.MarketplaceSeeder;
import dev.needledrop.discogs.testkit.contract.MarketplaceApiContract;

class InMemoryMarketplaceContractTest extends MarketplaceApiContract {

  private final InMemoryDatabase database = InMemoryDatabase.create();
  private final InMemoryMarketplace fake = InMemoryMarketplace.over(database);

  @Override
  protected MarketplaceApi marketplaceAs(String username) {
    return fake.asUser(username);
  }

  @Override
  protected MarketplaceApi anonymousMarketplace() {
    return fake.asAnonymous();
  }

  @Override
  protected MarketplaceSeeder seeder() {
    return fake;
  }

  @Override
  protected DatabaseSeeder releases() {
    return database;
  }
}
