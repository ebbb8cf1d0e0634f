package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.CollectionApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The collection contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignCollectionContractTest extends CollectionApiContract {

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
  protected CollectionApi collection() {
    return clients.asUser.collection();
  }

  @Override
  protected CollectionApi otherUsersCollection() {
    return clients.asOtherUser.collection();
  }

  @Override
  protected CollectionApi anonymousCollection() {
    return clients.anonymous.collection();
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
    return stub.server().requests().size();
  }
}
