package dev.needledrop.discogs.feign.stub;

import dev.needledrop.discogs.api.WantlistApi;
import dev.needledrop.discogs.testkit.DatabaseSeeder;
import dev.needledrop.discogs.testkit.UserDataSeeder;
import dev.needledrop.discogs.testkit.contract.WantlistApiContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The wantlist contract, run against the Feign adapter talking HTTP to the stub server. */
class FeignWantlistContractTest extends WantlistApiContract {

  @RegisterExtension static final StubClientsExtension stub = StubClientsExtension.create();

  @Override
  protected WantlistApi wantlist() {
    return stub.asUser().wantlist();
  }

  @Override
  protected WantlistApi otherUsersWantlist() {
    return stub.asOtherUser().wantlist();
  }

  @Override
  protected WantlistApi anonymousWantlist() {
    return stub.anonymous().wantlist();
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
    return stub.requestCount();
  }
}
