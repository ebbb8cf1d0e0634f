package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.MarketplaceSeeder;
import dev.needledrop.discogs.testkit.contract.MarketplaceApiContract;

/**
 * The Marketplace contract, run against the in-memory fake as an {@link InMemoryDiscogs} joins it
 * to the user data, whose profiles say which currency each seller sells in.
 */
class InMemoryMarketplaceContractTest extends MarketplaceApiContract {

  private final InMemoryDiscogs discogs = InMemoryDiscogs.create();

  @Override
  protected MarketplaceApi marketplaceAs(String username) {
    return discogs.asUser(username).marketplace();
  }

  @Override
  protected MarketplaceApi anonymousMarketplace() {
    return discogs.asAnonymous().marketplace();
  }

  @Override
  protected MarketplaceSeeder seeder() {
    return discogs.marketplace();
  }

  @Override
  protected DatabaseSeeder releases() {
    return discogs.database();
  }

  @Override
  protected UsersApi usersAs(String username) {
    discogs.userData().addUser(username);
    return discogs.asUser(username).users();
  }
}
