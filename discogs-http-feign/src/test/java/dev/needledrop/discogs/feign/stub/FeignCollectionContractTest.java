package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.CollectionApiContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The collection contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignCollectionContractTest extends CollectionApiContract {

  @RegisterExtension static final StubClientsExtension stub = StubClientsExtension.create();

  @Override
  protected CollectionApi collection() {
    return stub.asUser().collection();
  }

  @Override
  protected CollectionApi otherUsersCollection() {
    return stub.asOtherUser().collection();
  }

  @Override
  protected CollectionApi anonymousCollection() {
    return stub.anonymous().collection();
  }

  @Override
  protected UserDataSeeder seeder() {
    return stub.server().userData();
  }

  @Override
  protected DatabaseSeeder catalogue() {
    return stub.server().catalogue();
  }

  @Override
  protected int requestCount() {
    return stub.requestCount();
  }
}
