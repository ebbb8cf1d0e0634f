package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.WantlistApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wantlist contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignWantlistContractTest extends WantlistApiContract {

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
  protected WantlistApi wantlist() {
    return clients.asUser.wantlist();
  }

  @Override
  protected WantlistApi otherUsersWantlist() {
    return clients.asOtherUser.wantlist();
  }

  @Override
  protected WantlistApi anonymousWantlist() {
    return clients.anonymous.wantlist();
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
