package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.UsersApiContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The users contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignUsersContractTest extends UsersApiContract {

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
  protected UsersApi users() {
    return clients.asUser.users();
  }

  @Override
  protected UsersApi otherUsers() {
    return clients.asOtherUser.users();
  }

  @Override
  protected UsersApi anonymousUsers() {
    return clients.anonymous.users();
  }

  @Override
  protected UserDataSeeder seeder() {
    return stub.server().userData();
  }

  @Override
  protected int requestCount() {
    return stub.server().requests().size();
  }
}
