package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.api.ListsApi;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.ListsApiContract;

class InMemoryListsContractTest extends ListsApiContract {

  private final InMemoryDiscogs fake = InMemoryDiscogs.create();

  @Override
  protected ListsApi lists() {
    return fake.lists();
  }

  @Override
  protected ListsApi otherUsersLists() {
    return fake.asUser(OTHER_USER.value()).lists();
  }

  @Override
  protected ListsApi anonymousLists() {
    return fake.asAnonymous().lists();
  }

  @Override
  protected UserDataSeeder seeder() {
    return fake.userData();
  }
}
