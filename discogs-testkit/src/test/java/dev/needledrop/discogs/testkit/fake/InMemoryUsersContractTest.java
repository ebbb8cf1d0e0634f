package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.api.UsersApi;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.UsersApiContract;

class InMemoryUsersContractTest extends UsersApiContract {

  private final InMemoryDiscogs fake = InMemoryDiscogs.create();

  @Override
  protected UsersApi users() {
    return fake.users();
  }

  @Override
  protected UsersApi otherUsers() {
    return fake.asUser(OTHER_USER.value()).users();
  }

  @Override
  protected UsersApi anonymousUsers() {
    return fake.asAnonymous().users();
  }

  @Override
  protected UserDataSeeder seeder() {
    return fake.userData();
  }

  @Override
  protected int requestCount() {
    return fake.userData().callCount();
  }
}
