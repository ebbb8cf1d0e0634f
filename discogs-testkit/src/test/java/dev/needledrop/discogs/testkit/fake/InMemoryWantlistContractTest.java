package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.WantlistApiContract;

class InMemoryWantlistContractTest extends WantlistApiContract {

  private final InMemoryDiscogs fake = InMemoryDiscogs.create();

  @Override
  protected WantlistApi wantlist() {
    return fake.wantlist();
  }

  @Override
  protected WantlistApi otherUsersWantlist() {
    return fake.asUser(OTHER_USER.value()).wantlist();
  }

  @Override
  protected WantlistApi anonymousWantlist() {
    return fake.asAnonymous().wantlist();
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
