package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.ListsApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The lists contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignListsContractTest extends ListsApiContract {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private StubClients clients;

  @BeforeEach
  void connect() {
    clients = new StubClients(stub.server());
  }

  @AfterEach
  void disconnect() {
    clients.close();
  }

  @Override
  protected ListsApi lists() {
    return clients.asUser.lists();
  }

  @Override
  protected ListsApi otherUsersLists() {
    return clients.asOtherUser.lists();
  }

  @Override
  protected ListsApi anonymousLists() {
    return clients.anonymous.lists();
  }

  @Override
  protected UserDataSeeder seeder() {
    return stub.server().userData();
  }
}
