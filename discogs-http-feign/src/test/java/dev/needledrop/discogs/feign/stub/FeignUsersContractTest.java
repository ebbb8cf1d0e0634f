package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.UsersApiContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The users contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignUsersContractTest extends UsersApiContract {

  @RegisterExtension static final StubClientsExtension stub = StubClientsExtension.create();

  @Override
  protected UsersApi users() {
    return stub.asUser().users();
  }

  @Override
  protected UsersApi otherUsers() {
    return stub.asOtherUser().users();
  }

  @Override
  protected UsersApi anonymousUsers() {
    return stub.anonymous().users();
  }

  @Override
  protected UserDataSeeder seeder() {
    return stub.server().userData();
  }

  @Override
  protected int requestCount() {
    return stub.requestCount();
  }
}
