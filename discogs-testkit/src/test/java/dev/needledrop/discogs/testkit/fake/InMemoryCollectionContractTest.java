package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.api.CollectionApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.CollectionApiContract;

class InMemoryCollectionContractTest extends CollectionApiContract {

  private final InMemoryDiscogs fake = InMemoryDiscogs.create();

  @Override
  protected CollectionApi collection() {
    return fake.collection();
  }

  @Override
  protected CollectionApi otherUsersCollection() {
    return fake.asUser(OTHER_USER.value()).collection();
  }

  @Override
  protected CollectionApi anonymousCollection() {
    return fake.asAnonymous().collection();
  }

  @Override
  protected UserDataSeeder seeder() {
    return fake.userData();
  }

  @Override
  protected DatabaseSeeder catalogue() {
    return fake.database();
  }

  @Override
  protected int requestCount() {
    return fake.userData().callCount();
  }
}
