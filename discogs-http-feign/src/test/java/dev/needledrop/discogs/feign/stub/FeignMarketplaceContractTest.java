package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.MarketplaceApi;
import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.MarketplaceSeeder;
import dev.needledrop.discogs.testkit.contract.MarketplaceApiContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Marketplace contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignMarketplaceContractTest extends MarketplaceApiContract {

  @RegisterExtension static final StubClientsExtension stub = StubClientsExtension.create();

  @Override
  protected MarketplaceApi marketplaceAs(String username) {
    return stub.as(username).marketplace();
  }

  @Override
  protected MarketplaceApi anonymousMarketplace() {
    return stub.anonymous().marketplace();
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
    return stub.as(username).users();
  }
}
