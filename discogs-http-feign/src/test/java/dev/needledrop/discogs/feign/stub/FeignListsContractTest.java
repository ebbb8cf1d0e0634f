package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.ListsApiContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lists contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignListsContractTest extends ListsApiContract {

  @RegisterExtension static final StubClientsExtension stub = StubClientsExtension.create();

  @Override
  protected ListsApi lists() {
    return stub.asUser().lists();
  }

  @Override
  protected ListsApi otherUsersLists() {
    return stub.asOtherUser().lists();
  }

  @Override
  protected ListsApi anonymousLists() {
    return stub.anonymous().lists();
  }

  @Override
  protected UserDataSeeder seeder() {
    return stub.server().userData();
  }
}
